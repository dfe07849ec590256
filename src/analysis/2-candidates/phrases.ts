import { isAllCaps, isDash, isPossessive, type Token } from '../1-segment/tokens';
import { DETERMINERS, DOCUMENT_HEADS, DOCUMENT_TOPICS, FIRST_NAMES, GROUP_HEADS, HONORIFICS, ISSUED_BY, PLACED_PARTICIPLES, PLACES, isAgentNoun, isKinNoun, isOccupation, isPeopleHead, isPeoplePlural, NP_WORDS, opensOrgName, ORG_HEADS, PRONOUNS, isStopCapitalised, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, TitleHeadSet } from '../words/words';
import {
  APPOSITION_PREPOSITIONS, APPOSITION_STOPS, SUBJECT_ADVERBS, CONTENT_BLOCKERS, FINITE_VERBS, GROUP_MEMBER_PREPOSITIONS, GROUP_PLACE_PREPOSITIONS,
  COMPLEMENT_PREPOSITIONS, DAYS, LEADING_ADVERBS, PERIOD_WORDS, PHRASE_ARTICLES, PHRASE_BOUNDARIES, SOURCE_QUALIFIERS, VERB_FORMS, NEGATIVE_SUBJECTS, SUBORDINATORS, COORDINATORS,
} from './cueWords';
import {
  DOCUMENT_TOPIC_REACH, GROUP_DESCRIBERS, GROUP_PLACE_REACH, POST_OF_REACH, MAX_APPOSITION, MAX_DATELINE_TAIL, MAX_POST_APPOSITION, MAX_DESCRIBING_WORDS, MAX_NAME_WORDS, MAX_DATELINE_WORDS, MAX_APPOSITION_COMPLEMENT, MAX_SPEAKER_PHRASE, SEGMENT_SCAN, SUBJECT_COMMA_REACH,
  WHOLE_SEGMENT_AFTER_COMMA, WHOLE_SEGMENT_AFTER_VERB, WHOLE_SEGMENT_AT_START, WHOLE_SEGMENT_SERVED,
} from './windows';

// Speaker phrases: the noun phrase on either side of a reporting verb that names who speaks.

/** Heads of the phrase after "on" that say which side people are on ("officials on both sides"). */
const SIDE_WORDS: ReadonlySet<string> = new Set(['side', 'sides']);

/** Words that open a time after a participle ("filed on Tuesday", "released last week", "published in May"). */
const TIME_OPENERS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'late', 'in', 'yesterday', 'today', 'overnight']);

const NP_LOWER: ReadonlySet<string> = new Set([...DETERMINERS, ...NP_WORDS, ...TITLE_HEADS, ...GROUP_HEADS, ...ORG_HEADS, ...TITLE_MODIFIERS]);
/** Head nouns that name a speaker without a name ("spokesman", "officials", "ministry"). */
export const HEADS: ReadonlySet<string> = new TitleHeadSet([...TITLE_HEADS, ...GROUP_HEADS, ...ORG_HEADS, ...DOCUMENT_HEADS], TITLE_HEADS);

/** Object pronouns for a group after "one of" ("one of them"). */
const GROUP_OBJECTS: ReadonlySet<string> = new Set(['them', 'us', 'those']);

/** Is `t` a word token? */
export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
/** Is `t` a comma? */
export const isComma = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && t.text === ',';
/** Does a quotation end with a comma inside its closing mark ("“… fast,” adding that …")? */
export const quoteEndsInComma = (t: Token | undefined): boolean => !!t && t.kind === 'quote' && /,\s*\p{Pf}?["'”’»]?$/u.test(t.text);
/** Is `t` a whole quotation? */
export const isQuote = (t: Token | undefined): boolean => !!t && t.kind === 'quote';
/** Does `t` bound a phrase (punctuation of a clause, a quotation, or the sentence's edge)? */
export const isBoundary = (t: Token | undefined): boolean => !t || t.kind === 'quote' || (t.kind === 'punct' && PHRASE_BOUNDARIES.has(t.text));
/** Do the tokens from `i` on spell `words` (lower-case)? */
export const wordsAt = (tokens: readonly Token[], i: number, words: readonly string[]): boolean => words.every((w, n) => tokens[i + n]?.lower === w);
/** Is this phrase "the former" or "the latter" (one of the two people just named)? */
export const isFormerOrLatter = (np: readonly Token[]): boolean => np.length === 2 && np[0].lower === 'the' && (np[1].lower === 'former' || np[1].lower === 'latter');
/** Is this "the other" or "another", one more of a group just spoken of ("One official said …. The other said …")? */
export const isAnotherOne = (np: readonly Token[]): boolean =>
  (np.length === 2 && np[0].lower === 'the' && np[1].lower === 'other') || (np.length === 1 && np[0].lower === 'another');
/** "the two", "the pair": the two people just spoken of. */
/** Quantifiers that stand alone for a group of speakers ("Others said", "Some warned", "Others, like X, …"). */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set(['others', 'some', 'many', 'several']);
/** Conjunctions after which a quantifier may open a clause ("and others said"). */
const COORDINATORS_BEFORE_GROUP: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'though', 'although']);
/** Is the phrase a quantifier standing alone for a group ("Others", "Some")? */
export const isGroupQuantifier = (np: readonly Token[]): boolean => np.length === 1 && GROUP_QUANTIFIERS.has(np[0].lower);
export const isThePair = (np: readonly Token[]): boolean => np.length === 2 && np[0].lower === 'the' && (np[1].lower === 'two' || np[1].lower === 'pair');
/** Is `t` a pronoun that can attribute speech? */
export const isPronoun = (t: Token): boolean => PRONOUNS.has(t.lower);
/** Is `t` a finite auxiliary or modal? */
export const isFinite = (t: Token | undefined): boolean => !!t && FINITE_VERBS.has(t.lower);

/** Could this token stand inside a noun phrase that names a speaker? */
export function npToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // ("Some junior doctors", "Many farmers": a capitalised determiner opens a phrase too.)
  if (t.cap) return !isStopCapitalised(t) || PHRASE_ARTICLES.has(t.lower) || DETERMINERS.has(t.lower);
  if (isPossessive(t)) return true;
  if (/^\d/.test(t.text)) return true;
  return NP_LOWER.has(t.lower);
}

/** Is token `k` a preposition between a title and the place or body it serves ("MP | for | Eastfield", "spokeswoman | for | the employers", "spokesman | for | trawler crews")? */
const servesComplement = (tokens: Token[], k: number): boolean =>
  COMPLEMENT_PREPOSITIONS.has(tokens[k].lower) && !!tokens[k - 1] && TITLE_HEADS.has(tokens[k - 1].lower) && !!tokens[k + 1]
  && (tokens[k + 1].cap || DETERMINERS.has(tokens[k + 1].lower) || isPeoplePlural(tokens[k + 1].lower) || (isWord(tokens[k + 1]) && isPeoplePlural(tokens[k + 2]?.lower ?? '')));

/** Does a phrase name somebody: a capitalised name, a pronoun, or a head noun like "spokesman"? */
/**
 * Does a subject that means nobody open at token `k` ("No official said …", "neither side signalled
 * …", "nobody has suggested")? Such a subject reports nothing. ("No 10", Downing Street, is somebody.)
 */
export const opensNegative = (tokens: Token[], k: number): boolean => NEGATIVE_SUBJECTS.has(tokens[k]?.lower ?? '') && !/^\d/.test(tokens[k + 1]?.text ?? '');

export function namesSomebody(np: Token[]): boolean {
  // ("though neither delegation signalled": after a word that opens a clause, too.)
  if (opensNegative(np, 0) || (np.length > 2 && SUBORDINATORS.has(np[0].lower) && opensNegative(np, 1))) return false;
  if ((np.length === 1 && isPronoun(np[0])) || isFormerOrLatter(np) || isAnotherOne(np) || isThePair(np) || isGroupQuantifier(np)) return true;
  if (np.length === 3 && np[1].lower === 'of' && GROUP_OBJECTS.has(np[2].lower)) return true;
  if (np.some((t) => (t.cap && !isStopCapitalised(t)) || HEADS.has(t.lower) || (isPossessive(t) && t.cap))) return true;
  const head = np[np.length - 1];
  if (head && !head.cap && (isPeopleHead(head.lower) || ((np.length === 2 || np.length === 3) && agentAfterDeterminer(np, np.length - 1)))) return true;
  // ("said his wife", "her brother told": kin after a determiner.)
  if (np.length === 2 && DETERMINERS.has(np[0].lower) && !head.cap && isKinNoun(head.lower)) return true;
  // "a person familiar with the talks": a noun for people, then what they know.
  return np.some((t, n) => !t.cap && isPeopleHead(t.lower) && SOURCE_QUALIFIERS.has(np[n + 1]?.lower ?? ''));
}

/** "one assembler told", "a welder said": after a determiner, a noun for what someone does, though no list has it. */
// ("a top-20 shareholder told": a describing word may stand between.)
const agentAfterDeterminer = (tokens: Token[], j: number): boolean =>
  (DETERMINERS.has(tokens[j - 1]?.lower ?? '') || (!!tokens[j - 1] && describes(tokens[j - 1]) && DETERMINERS.has(tokens[j - 2]?.lower ?? ''))) && isAgentNoun(tokens[j].lower);

/** A title phrase set off by commas: noun-phrase words, with "of"/"for" complements ("envoy for water"). */
export function isApposition(seg: Token[]): boolean {
  const prep = seg.findIndex((s) => APPOSITION_PREPOSITIONS.has(s.lower));
  const core = prep > 0 ? seg.slice(0, prep) : seg;
  // "head of the River Valley Growers Council and a member of …": a post heading the
  // apposition may take a long complement, as long as no verb stands in it (a capitalised word is a
  // name's: "chair of the Alliance of Small Island States").
  const post = prep > 0 && HEADS.has(core[core.length - 1].lower) && seg.every((s) => s.kind === 'word' && (s.cap || !isVerbish(s)));
  if (post ? seg.length > MAX_POST_APPOSITION : seg.length > MAX_APPOSITION || (prep >= 0 && seg.length - prep > MAX_APPOSITION_COMPLEMENT)) return false;
  const head = core[core.length - 1].lower;
  // A word that may describe inside an apposition: no verb, nor a word that stops one.
  const describing = (s: Token): boolean => s.kind === 'word' && !VERB_FORMS.has(s.lower) && !isFinite(s) && !APPOSITION_STOPS.has(s.lower);
  // ("Li Wen, China international trade representative and vice minister of commerce,": with no
  // determiner, describing words may stand before a post's head, and two posts may be joined by "and".)
  const describedPost = TITLE_HEADS.has(head) && !GROUP_HEADS.has(head)
    // (Not "now an adviser to …", which says what the person has become besides.)
    && core.every((s, n) => describing(s) && (s.cap || !/(?:ed|ing|ly)$/.test(s.lower)) && !DETERMINERS.has(s.lower) && !TIME_ADVERBS.has(s.lower) && (s.lower !== 'and' || (n > 0 && TITLE_HEADS.has(core[n - 1].lower))))
    && core.filter((s) => !npToken(s) && s.lower !== 'and').length <= MAX_DESCRIBING_WORDS;
  if (describedPost) return true;
  if (!npToken(seg[0])) return false;
  // "the country's largest private sector union": after a determiner or possessive, describing
  // words may stand before the head noun.
  // ("a retired welder", "a mining analyst": a noun for what someone does heads it too, and a word in
  // -ed or -ing right before the head describes it.)
  const described = (DETERMINERS.has(seg[0].lower) || isPossessive(seg[0])) && (HEADS.has(head) || isPeopleHead(head) || isAgentNoun(head))
    && core.every((s, n) => describing(s) && (s.cap || n === core.length - 2 || !/(?:ed|ing)$/.test(s.lower)))
    && core.filter((s) => !npToken(s)).length <= MAX_DESCRIBING_WORDS;
  return described || core.every((s) => npToken(s) || s.text === '&');
}

/** Adverbs of time that may open an apposition ("now an adviser to …", "once premier of …"). */
const TIME_ADVERBS: ReadonlySet<string> = new Set(['now', 'then', 'still', 'once', 'also', 'currently', 'formerly', 'later']);

/** Is `t` a verb form or a finite auxiliary (where a speaker phrase cannot run on)? */
export const isVerbish = (t: Token): boolean => VERB_FORMS.has(t.lower) || FINITE_VERBS.has(t.lower);

/** Do tokens `from`..`to` end a listed organisation's name ("Ferry and Dock Union"): capitalised words, "and", an organisation head? */
function listInName(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to + 1);
  const and = words.findIndex((t) => t.lower === 'and');
  const last = words[words.length - 1];
  return and > 0 && and < words.length - 1 && ORG_HEADS.has(last.lower) && last.cap && words.every((t) => isWord(t) && (t.cap || t.lower === 'and'));
}

/** Can `t` describe a group of people before its head ("freight", "striking", "angry")? */
export const describes = (t: Token): boolean =>
  isWord(t) && !t.cap && !NP_LOWER.has(t.lower) && !isVerbish(t) && !isPronoun(t) && !CONTENT_BLOCKERS.has(t.lower) && !/ly$/.test(t.lower) && !isPossessive(t) && !WH_WORDS.has(t.lower) && !SUBORDINATORS.has(t.lower) && !COORDINATORS.has(t.lower);
/** Words that open a clause of their own ("what officials describe as …"), never a describing word. */
const WH_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'when', 'how', 'why', 'whatever']);

/**
 * Where "the TITLE of …" starts when it ends at `j` in a description of an organisation or group
 * ("The leader of the nation's biggest rail union"), or -1: lower-case words and possessives only
 * after "of", ending in a head for an organisation or people.
 */
function postOfBefore(tokens: Token[], j: number, floor: number): number {
  if (!HEADS.has(tokens[j].lower) && !isPeoplePlural(tokens[j].lower)) return -1;
  for (let k = j - 1; k > floor && j - k <= POST_OF_REACH; k--) {
    const t = tokens[k];
    if (!isWord(t) || (t.cap && !isPossessive(t)) || VERB_FORMS.has(t.lower)) return -1;
    if (t.lower !== 'of') continue;
    const head = tokens[k - 1];
    if (!isWord(head) || head.cap || !TITLE_HEADS.has(head.lower) || GROUP_HEADS.has(head.lower)) return -1;
    const det = tokens[k - 2];
    return det && isWord(det) && DETERMINERS.has(det.lower) && k - 2 >= floor ? k - 2 : k - 1;
  }
  return -1;
}

/**
 * The document, or who issued it, before a topic that ends at `j` ("a statement | on the talks", "a
 * statement from the union | on the deal"): the phrase before the word opening the topic; else null.
 */
function documentBeforeTopic(tokens: Token[], j: number, floor: number): Token[] | null {
  for (let k = j - 1; k > floor + 1 && j - k <= DOCUMENT_TOPIC_REACH; k--) {
    const t = tokens[k];
    // ("its proposed mine": a participle after a determiner describes.)
    if (!isWord(t) || (isVerbish(t) && !DETERMINERS.has(tokens[k - 1].lower))) return null;
    if (!DOCUMENT_TOPICS.has(t.lower)) continue;
    // ("a statement from the union | on the deal": the issuer after the document will do too.)
    const phrase = leftPhrase(tokens, k - 1, floor);
    const s = phrase.length ? tokens.indexOf(phrase[0]) : -1;
    return phrase.some((w) => DOCUMENT_HEADS.has(w.lower)) || (s > 1 && ISSUED_BY.has(tokens[s - 1].lower) && DOCUMENT_HEADS.has(tokens[s - 2].lower)) ? phrase : null;
  }
  return null;
}

/** The noun phrase that ends at token `j`, scanning left; empty when there is none. */
export function leftPhrase(tokens: Token[], j: number, floor: number): Token[] {
  if (j < floor || !isWord(tokens[j])) return [];
  // "one of them said", "two of those present said": part of the group just spoken of.
  if (GROUP_OBJECTS.has(tokens[j].lower) && tokens[j - 1]?.lower === 'of' && j - 2 >= floor && DETERMINERS.has(tokens[j - 2].lower)) return tokens.slice(j - 2, j + 1);
  if (isPronoun(tokens[j])) return [tokens[j]];
  // "A union statement on the talks said", "a memo about the planned Tarn Valley mine said": what a
  // document is about is no speaker; the document is.
  const document = documentBeforeTopic(tokens, j, floor);
  if (document) return document;
  // "The leader of the nation's biggest rail union warned": a title, "of", and a short description of whose it is.
  const post = postOfBefore(tokens, j, floor);
  if (post >= 0) return tokens.slice(post, j + 1);
  // "the latter said": one of the two people just named; "the other said", "another said": one more of a group.
  if (j - 1 >= floor && (isFormerOrLatter(tokens.slice(j - 1, j + 1)) || isAnotherOne(tokens.slice(j - 1, j + 1)))) return tokens.slice(j - 1, j + 1);
  if (isAnotherOne([tokens[j]]) && (j === floor || !isWord(tokens[j - 1]))) return [tokens[j]];
  // "Others said", "Some warned", ", but many argued": a quantifier alone for a group that speaks.
  // (Elsewhere it is no subject of its own: "with some warning that …" is part of the group before.)
  if (isGroupQuantifier([tokens[j]])) return j === floor || !isWord(tokens[j - 1]) || COORDINATORS_BEFORE_GROUP.has(tokens[j - 1].lower) ? [tokens[j]] : [];
  // "Weber in Brussels said": a name, then where they are; the name speaks.
  for (let m = j; m > floor && j - m < GROUP_PLACE_REACH && isWord(tokens[m]) && tokens[m].cap; m--) {
    const prep = tokens[m - 1];
    const name = tokens[m - 2];
    if (!prep || !GROUP_PLACE_PREPOSITIONS.has(prep.lower) || !name || !isWord(name) || !name.cap || isStopCapitalised(name) || isPeoplePlural(name.lower)) continue;
    // Not inside a longer phrase ("an aide at the French consulate in Lagos").
    let r = m - 2;
    while (r > floor && isWord(tokens[r - 1]) && tokens[r - 1].cap) r--;
    if (r > floor && DETERMINERS.has(tokens[r - 1].lower)) r--;
    const before = tokens[r - 1];
    if (!(before && isWord(before) && !before.cap && !isVerbish(before))) return leftPhrase(tokens, m - 2, floor);
  }
  let k = j;
  // "residents in the old town warned": a group, a preposition, then any short place phrase.
  for (let m = j - 1; m > floor && j - m <= GROUP_PLACE_REACH; m--) {
    const t = tokens[m];
    if (t.kind !== 'word' || isVerbish(t)) break;
    // ("officials on both sides described …": or "on" a side.)
    if ((GROUP_PLACE_PREPOSITIONS.has(t.lower) || (t.lower === 'on' && SIDE_WORDS.has(tokens[j].lower))) && isPeoplePlural(tokens[m - 1].lower)) { k = m - 2; break; }
  }
  if (k === j && !tokens[j].cap && (isPeopleHead(tokens[j].lower) || agentAfterDeterminer(tokens, j))) {
    // "Freight forwarders warned", "some shop owners said": a plural noun for people heads a group,
    // with a few describing words before it, from the phrase's start or a determiner; "the
    // economist said", "the 58-year-old said": one person, after a determiner.
    const plural = isPeoplePlural(tokens[j].lower);
    let m = j - 1;
    while (m >= floor && j - m <= GROUP_DESCRIBERS && describes(tokens[m])) m--;
    // "…, with developing nations accusing": a function word before the describing words opens the phrase too.
    // ("what port operators called …": so does the word that opens a clause whose subject they are.)
    const opens = DETERMINERS.has(tokens[m]?.lower ?? '') || (plural && (m < floor || isBoundary(tokens[m]) || npToken(tokens[m]) || CONTENT_BLOCKERS.has(tokens[m].lower) || WH_WORDS.has(tokens[m].lower)));
    // ("a step critics have described as …": "a" before a noun for people in the plural is another
    // phrase's, whose noun the speakers' relative clause follows; "a dozen angry farmers" is one.)
    k = plural && singularBeforePlural(tokens, m, j) ? j - 1 : opens ? m : plural ? j - 1 : j;
  }
  while (k >= floor && j - k < MAX_SPEAKER_PHRASE) {
    const t = tokens[k];
    // "a process that officials say …": "that" after a noun opens a relative clause; the phrase starts after it.
    if (t.lower === 'that' && k > floor && isWord(tokens[k - 1]) && !tokens[k - 1].cap && !DETERMINERS.has(tokens[k - 1].lower)) break;
    // "a figure | the African Group called …": an article after a noun opens a phrase of its own (a relative clause without "that").
    if (k > floor && k < j && articleAfterNoun(tokens, k)) { k--; break; }
    // ("In April the union said": an article after the name of a month opens the phrase; the month is a time.)
    if (k > floor && k < j && PHRASE_ARTICLES.has(t.lower) && tokens[k - 1].cap && PERIOD_WORDS.has(tokens[k - 1].lower)) { k--; break; }
    if (npToken(t)) { k--; continue; }
    // ("A No 10 spokesman", "the No. 2 official": "No" before a number is "number", no negative.)
    if (k < j && isNumberAbbreviation(tokens, k)) { k--; continue; }
    // ("of the think tank Shift Varia": the first word of a head of two words, "think tank", is the phrase's too.)
    if (k < j && ORG_HEADS.has(`${t.lower} ${tokens[k + 1].lower}`)) { k--; continue; }
    // "a Central Valley mayoral candidate suggested": a describing word or two before a title head, after a noun-phrase word.
    const titleAhead = TITLE_HEADS.has(tokens[k + 1]?.lower ?? '') || (describes(tokens[k + 1]) && TITLE_HEADS.has(tokens[k + 2]?.lower ?? ''));
    // ("Asked about it, operations director Kai Brandt said": or first after the comma of a leading adverbial.)
    if (k > floor && k < j && describes(t) && titleAhead && (npToken(tokens[k - 1]) || (isComma(tokens[k - 1]) && tokens[j].cap))) { k--; continue; }
    // ("A bipartisan group of senators said", "the world's biggest music company said": describing words
    // between an article or an owner and the head of a body.)
    if (k > floor && k < j && describes(t) && (ORG_HEADS.has(tokens[k + 1]?.lower ?? '') || ORG_HEADS.has(tokens[j].lower))) {
      let m = k;
      while (m > floor && k - m < MAX_BODY_DESCRIBERS && describes(tokens[m - 1])) m--;
      const before = tokens[m - 1];
      if (m > floor && (PHRASE_ARTICLES.has(before.lower) || (isPossessive(before) && !before.cap))) { k = m - 1; continue; }
    }
    // "senior leader P. Chidambaram said": an initial's period inside the name.
    if (k > floor && isInitialPeriod(tokens, k)) { k--; continue; }
    // "committee chair Dr. Emeka Obi said": an honorific's period inside the phrase.
    if (t.text === '.' && k > floor && isWord(tokens[k - 1]) && tokens[k - 1].cap && HONORIFICS.has(tokens[k - 1].lower) && tokens[k + 1]?.cap) { k--; continue; }
    // "conservatives in his party", "officials at the ministry": a group and where it sits.
    if (GROUP_MEMBER_PREPOSITIONS.has(t.lower) && k > floor && isPeopleHead(tokens[k - 1].lower)) { k -= 2; continue; }
    // ("Republicans on the committee said", "the opposition group on the council": members of a body it names.)
    if (t.lower === 'on' && k > floor && k < j && isWord(tokens[k - 1]) && !tokens[k - 1].cap && (isPeoplePlural(tokens[k - 1].lower) || ORG_HEADS.has(tokens[k - 1].lower))
      && ORG_HEADS.has(tokens[j].lower) && !tokens[j].cap && DETERMINERS.has(tokens[k + 1].lower)) { k -= 2; continue; }
    // ("a pilot based in Denver", "diplomats stationed in Tarsk": with a participle of where they are between.)
    if (GROUP_MEMBER_PREPOSITIONS.has(t.lower) && k - 1 > floor && PLACED_PARTICIPLES.has(tokens[k - 1].lower) && isPeopleHead(tokens[k - 2].lower)) { k -= 3; continue; }
    // "the Chamber of Commerce in Varia said": an organisation's name and where it sits ("Weber in Brussels" is a person's, above).
    if (GROUP_PLACE_PREPOSITIONS.has(t.lower) && k > floor && k < j && isWord(tokens[k - 1]) && tokens[k - 1].cap && !isStopCapitalised(tokens[k - 1]) && tokens[k + 1].cap && k - 2 > floor && tokens[k - 2].lower === 'of') { k--; continue; }
    // ("the United Nations mission in Ruvania said", "the British embassy in Tarsk": a body's office and where it sits.)
    if (GROUP_PLACE_PREPOSITIONS.has(t.lower) && k > floor && k < j && isWord(tokens[k - 1]) && !tokens[k - 1].cap && ORG_HEADS.has(tokens[k - 1].lower) && tokens[k + 1].cap && npToken(tokens[k - 2])) { k--; continue; }
    // "the Institute for Economic Research", "the Centre for Policy Studies": an organisation's name with "for".
    // ("The UN agency for Palestinian refugees warned": a lower-case head too, after words of the phrase, before a name or a group.)
    if (t.lower === 'for' && k > floor && k < j && isWord(tokens[k - 1]) && ORG_HEADS.has(tokens[k - 1].lower)
      && (tokens[k - 1].cap ? tokens[k + 1].cap : k - 1 > floor && npToken(tokens[k - 2]) && (tokens[k + 1].cap || isPeoplePlural(tokens[k + 1].lower)))) { k--; continue; }
    // "the Labour MP for Eastfield", "a spokeswoman for the employers": a title and the place or body it serves.
    if (k > floor && servesComplement(tokens, k)) { k--; continue; }
    // ("The G77 group of developing nations", "a coalition of farm groups": a body of people in the plural.)
    if (t.lower === 'of' && k > floor && k < j && isWord(tokens[k - 1]) && !tokens[k - 1].cap && ORG_HEADS.has(tokens[k - 1].lower) && !tokens[j].cap && isPeoplePlural(tokens[j].lower)) { k--; continue; }
    // "of" and "and" join two phrases: "the office of ... Marek", "Green and Liberal party sources".
    if ((t.lower === 'of' || t.lower === 'and' || t.text === '&') && k > floor && npToken(tokens[k - 1]) && tokens[k + 1] && (tokens[k + 1].cap || NP_LOWER.has(tokens[k + 1].lower))) {
      // ("Acme and the Metal Workers Union said": two names joined, the second after its article.)
      if (t.lower === 'and' && !(tokens[k - 1].cap && (tokens[k + 1].cap || (PHRASE_ARTICLES.has(tokens[k + 1].lower) && !!tokens[k + 2]?.cap)))) break;
      k--;
      continue;
    }
    // "the Road, Ferry and Dock Union": a list of capitalised words inside an organisation's name.
    if (isComma(t) && k > floor && isWord(tokens[k - 1]) && tokens[k - 1].cap && !isStopCapitalised(tokens[k - 1]) && tokens[k + 1]?.cap && listInName(tokens, k + 1, j)) { k--; continue; }
    break;
  }
  // ("Drivers extend strike, rail operator calls it …": a headline's bare noun before the head of a body
  // or a post, opening its segment with no article, is the phrase's too.)
  if (k === j - 1 && k > floor && !tokens[j].cap && (ORG_HEADS.has(tokens[j].lower) || TITLE_HEADS.has(tokens[j].lower)) && bareNounAt(tokens, k) && (k - 1 < floor || isBoundary(tokens[k - 1]))) k--;
  return wholeSegmentBefore(tokens, j, k, floor) ?? reducedRelativeBefore(tokens, k, j, floor) ?? trimLead(tokens.slice(k + 1, j + 1));
}

/** Is token `k` a plain lower-case noun that may modify a head after it ("rail | operator"), no function word or verb? */
const bareNounAt = (tokens: Token[], k: number): boolean =>
  isWord(tokens[k]) && /^\p{Ll}{3,}$/u.test(tokens[k].text) && !isVerbish(tokens[k]) && !CONTENT_BLOCKERS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)
  && !LINKING_WORDS.has(tokens[k].lower) && !SUBORDINATORS.has(tokens[k].lower) && !COORDINATORS.has(tokens[k].lower) && !/(?:ly|ing|ed)$/.test(tokens[k].lower);

/** Most words of what a participle after a speaker's noun acts on ("forming | Varia's next coalition government"). */
const MAX_PARTICIPLE_OBJECT = 5;

/**
 * "The parties forming the new government warned", "the three parties negotiating Varia's next
 * government said": when the phrase ending at `j` (from `k + 1`, with the words of its own before
 * it) is what a participle acts on, and a noun for people or a body stands before the participle,
 * they speak, the participle and its object describing them; else null.
 */
function reducedRelativeBefore(tokens: Token[], k: number, j: number, floor: number): Token[] | null {
  // ("forming the governing coalition": a word in -ing inside the object describes it; the scan goes on.)
  for (let m = k; m > floor && j - m <= MAX_PARTICIPLE_OBJECT && isWord(tokens[m]); m--) {
    const t = tokens[m];
    const noun = tokens[m - 1];
    if (!t.cap && t.lower.endsWith('ing') && isWord(noun) && !noun.cap && (isPeoplePlural(noun.lower) || (ORG_HEADS.has(noun.lower) && !DOCUMENT_HEADS.has(noun.lower)))) {
      const speakers = leftPhrase(tokens, m - 1, floor);
      return speakers.length && namesSomebody(speakers) ? [...speakers, ...tokens.slice(m, j + 1)] : null;
    }
    if (!npToken(t) && !describes(t) && !t.lower.endsWith('ing')) return null;
  }
  return null;
}

/**
 * Does a name end the segment right after a noun that names no one, itself after an article ("a claim
 * | Lammy dismissed as …")? Then the name opens a relative clause without "that"; the noun is not its.
 */
function nameAfterNoun(tokens: Token[], segStart: number, j: number): boolean {
  let m = j;
  while (m > segStart && isWord(tokens[m]) && tokens[m].cap && !isStopCapitalised(tokens[m])) m--;
  const noun = tokens[m];
  // (The verb right after the name: "The far-left Workers' Party, which …, called" is a described name.)
  return m < j && m > segStart && isWord(tokens[j + 1]) && isWord(noun) && !noun.cap && !noun.text.includes('-') && !npToken(noun) && !isPeopleHead(noun.lower) && !isAgentNoun(noun.lower) && !isOccupation(noun.lower) && PHRASE_ARTICLES.has(tokens[m - 1].lower);
}

/** Does "a"/"an" at `m` open another phrase than the plural noun for people at `j` ("a step | critics")? */
const singularBeforePlural = (tokens: Token[], m: number, j: number): boolean =>
  (tokens[m]?.lower === 'a' || tokens[m]?.lower === 'an') && m + 1 < j && !COUNTING_NOUNS.has(tokens[m + 1].lower) && isPeoplePlural(tokens[j].lower);

/** Nouns that count people after "a" ("a dozen farmers", "a handful of critics"). */
const COUNTING_NOUNS: ReadonlySet<string> = new Set(['dozen', 'handful', 'couple', 'number', 'lot', 'few', 'score', 'host', 'pair', 'trio', 'group', 'crowd', 'majority', 'minority']);

/** Is token `k` an article right after a noun ("a figure | the group called"), which opens a phrase of its own? */
const articleAfterNoun = (tokens: Token[], k: number): boolean => {
  const prev = tokens[k - 1];
  // ("general secretary | A. Kumar": a capital "A" before a period and a name is an initial.)
  return PHRASE_ARTICLES.has(tokens[k].lower) && !isInitialPeriod(tokens, k + 1) && isWord(prev) && !prev.cap && !isPossessive(prev) && !DETERMINERS.has(prev.lower) && !LINKING_WORDS.has(prev.lower) && !isVerbish(prev) && !/(?:ing|ed)$/.test(prev.lower);
};
/** Prepositions and conjunctions, after which an article goes on the phrase before ("the office of the minister"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'and', '&', 'or', 'for', 'to', 'in', 'at', 'on', 'by', 'with', 'from', 'about', 'against', 'over', 'under', 'into', 'as', 'than', 'that', 'but', 'if', 'when', 'while', 'after', 'before', 'during', 'like', 'between', 'among', 'across', 'through', 'without', 'within', 'near', 'behind', 'toward', 'towards', 'including', 'representing']);

/** Words that set a time against another event ("a day after …", "hours before …"). */
const TIME_LINKS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'following']);

/** Conjunctions that may open a clause after a comma ("…, but the envoy … said"). */
const SEGMENT_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'while', 'whereas']);

/**
 * The whole short segment after a comma (or at the sentence start) that ends at `j`, even with words
 * we don't know ("three people close to the board said"); null when it does not qualify.
 */
function wholeSegmentBefore(tokens: Token[], j: number, k: number, floor: number): Token[] | null {
  let segStart = j;
  while (segStart > floor && j - segStart < SEGMENT_SCAN && !isBoundary(tokens[segStart - 1])) segStart--;
  const afterComma = segStart > 0 && isComma(tokens[segStart - 1]);
  if (segStart > floor && !isBoundary(tokens[segStart - 1])) return null;
  // "…, but the envoy overseeing the process said": a conjunction after the comma opens the segment.
  if (afterComma && segStart < j && SEGMENT_CONJUNCTIONS.has(tokens[segStart].lower)) segStart++;
  const segLen = j - segStart + 1;
  // "A spokeswoman for the ferry owners said", "a spokesman for trawler crews on the north coast suggested":
  // a post and whom it serves may run longer; so may sources and what they know ("Two aides familiar
  // with the budget talks said", "One technician with 15 years at the plant said"), and sources joined.
  let served = false;
  for (let m = segStart; m < j && !served; m++) {
    // ("Lawyers for the city and the union said": a plural noun for people serves a body too.)
    served = ((TITLE_HEADS.has(tokens[m].lower) || isPeoplePlural(tokens[m].lower)) && COMPLEMENT_PREPOSITIONS.has(tokens[m + 1].lower))
      || (!tokens[m].cap && isPeopleHead(tokens[m].lower) && SOURCE_QUALIFIERS.has(tokens[m + 1].lower))
      // "two security sources and a Palestinian official told": two sources joined.
      || (!tokens[m].cap && isPeopleHead(tokens[m].lower) && tokens[m + 1].lower === 'and' && DETERMINERS.has(tokens[m + 2]?.lower ?? ''));
  }
  const longest = served ? WHOLE_SEGMENT_SERVED : afterComma ? WHOLE_SEGMENT_AFTER_COMMA : WHOLE_SEGMENT_AT_START;
  const relative = tokens.slice(segStart + 1, j + 1).some((t, n) => t.lower === 'that' || articleAfterNoun(tokens, segStart + 1 + n)) || nameAfterNoun(tokens, segStart, j);
  // ("…, attorneys for both sides said": a plural noun for people may open the segment.)
  const opens = npToken(tokens[segStart]) || (served && isPeoplePlural(tokens[segStart].lower));
  // ("“…,” a person familiar with the matter said": after a quotation whose comma is inside the marks, a source and what it knows.)
  const afterQuote = served && segStart > 0 && quoteEndsInComma(tokens[segStart - 1]);
  // ("PRETORIA - South Africa's largest mining union said": a sentence opens after its dateline.)
  const atStart = (): boolean => segStart === 0 || datelineEnd(tokens) === segStart;
  if (!(k >= segStart && !relative && opens && segLen <= longest && (afterComma || afterQuote || atStart()))) return null;
  // ("Ana Ruiz said the union, which …": a verb in the segment makes it a clause, no phrase; "Two
  // people who were present" has its verb in a relative clause of its own.)
  const seg = tokens.slice(segStart, j + 1);
  // ("…, a day after a federal mediator warned": a time before or after what the speaker did opens no speaker;
  // the phrase after "after" speaks.)
  if (seg.some((t, n) => n > 0 && !t.cap && TIME_LINKS.has(t.lower))) return null;
  const relativeAt = seg.findIndex((t) => WH_WORDS.has(t.lower) || t.lower === 'that');
  const clause = (relativeAt < 0 ? seg : seg.slice(0, relativeAt)).some((t) => !t.cap && isVerbish(t));
  return !clause && !singularBeforePlural(tokens, segStart, j) && namesSomebody(seg) ? seg : null;
}

/** Is token `k` "No" (or "No" and its period) before a number ("No 10", "No. 2")? */
const isNumberAbbreviation = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].text === 'No' && /^\d/.test((tokens[k + 1]?.text === '.' ? tokens[k + 2] : tokens[k + 1])?.text ?? '');

/** A phrase never starts with a capitalised function word ("But", "Still"). */
export function trimLead(phrase: Token[]): Token[] {
  // ("All Progressives Congress spokesman X": a capitalised "All" opening an organisation's name stays; so does "No 10".)
  // ("Some of the largest investors urged": a word for how many of them, before "of", stays with the group.)
  while (phrase.length && phrase[0].cap && isStopCapitalised(phrase[0]) && !PHRASE_ARTICLES.has(phrase[0].lower) && !opensOrgName(phrase, 0) && !isNumberAbbreviation(phrase, 0) && !(PARTITIVES.has(phrase[0].lower) && phrase[1]?.lower === 'of')) phrase = phrase.slice(1);
  // ("“We'll see,” was all the chief executive would say": "all" before the article is no part of who speaks.)
  if (phrase.length > 2 && phrase[0].lower === 'all' && !phrase[0].cap && PHRASE_ARTICLES.has(phrase[1].lower)) phrase = phrase.slice(1);
  return phrase;
}

/** Words for how many of a group, before "of" ("Some of the investors", "Most of the unions"). */
const PARTITIVES: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'none', 'all', 'both', 'each', 'one', 'two', 'three', 'four', 'five']);

/** Is token `k` a past-tense verb taking an object ("The United Nations welcomed the deal")? */
const pastVerbWithObject = (tokens: Token[], k: number): boolean =>
  isWord(tokens[k]) && !tokens[k].cap && /ed$/.test(tokens[k].lower) && isWord(tokens[k + 1]) && (DETERMINERS.has(tokens[k + 1].lower) || isPossessive(tokens[k + 1]));

/** Can this word head a phrase after describing words ("minister", "nations", "servant", "the farm union")? */
const describedHead = (x: Token | undefined): boolean =>
  !!x && isWord(x) && !x.cap && (TITLE_HEADS.has(x.lower) || ORG_HEADS.has(x.lower) || isPeoplePlural(x.lower) || isOccupation(x.lower));

/** Most words no list has for what someone does before their name ("said | cafe owner | Ana Ruiz"). */
const MAX_UNLISTED_WORK_WORDS = 3;
/** Most describing words between an article or owner and the head of a body ("the world's | biggest music | company"). */
const MAX_BODY_DESCRIBERS = 3;
/** Most tokens of describing words joined by "and" before a noun for people ("plastic-producing and oil and gas"). */
const MAX_JOINED_DESCRIBERS = 6;

/**
 * Where describing words joined by "and", then a noun for people in the plural, end when they start
 * at `k` ("oil and gas | producers", "plastic-producing and oil and gas countries"); else `k`.
 * (The first word may be capitalised opening the sentence: "Oil and gas producers".)
 */
function joinedDescribersEnd(tokens: Token[], k: number): number {
  const describing = (t: Token | undefined, m: number): boolean => !!t && (describes(t) || (m === 0 && isWord(t) && t.cap && describes({ ...t, cap: false }) && !FIRST_NAMES.has(t.lower) && !PLACES.has(t.lower)));
  let m = k;
  let joined = false;
  while (m < tokens.length && m - k < MAX_JOINED_DESCRIBERS) {
    if (describing(tokens[m], m)) m++;
    else if (tokens[m].lower === 'and' && m > k && describing(tokens[m - 1], m - 1)) { joined = true; m++; }
    else break;
  }
  return joined && m > k && tokens[m - 1].lower !== 'and' && isWord(tokens[m]) && !tokens[m].cap && isPeoplePlural(tokens[m].lower) ? m + 1 : k;
}

/** Most lower-case words between an owner and the noun for people it owns ("Nigeria's | main opposition | parties"). */
const POSSESSED_WORDS = 3;

/** Is `x` a lower-case noun for what someone does ("analyst", "official")? */
const doesWork = (x: Token | undefined): boolean => isWord(x) && !x.cap && (isOccupation(x.lower) || TITLE_HEADS.has(x.lower));
/** Does a capitalised word that may be a name stand at `m`? */
const namedAt = (tokens: Token[], m: number): boolean => isWord(tokens[m]) && tokens[m].cap && !isStopCapitalised(tokens[m]);

/** Most describing words before a document that closes a sentence ("say | local media | reports"). */
const MAX_REPORT_DESCRIBERS = 2;

/** Where a document named in the plural or after a determiner closes the sentence from `k` on ("…, say | local media reports"), or -1. */
function documentClosing(tokens: Token[], k: number): number {
  // (One document or more: "report", "reports".)
  const document = (t: Token): boolean => DOCUMENT_HEADS.has(t.lower.replace(/s$/, ''));
  let m = k;
  while (m - k < MAX_REPORT_DESCRIBERS && isWord(tokens[m]) && !tokens[m].cap && !isVerbish(tokens[m]) && !document(tokens[m])) m++;
  const t = tokens[m];
  return isWord(t) && !t.cap && document(t) && !isWord(tokens[m + 1]) ? m : -1;
}

/**
 * The noun phrase that starts at token `i`, scanning right (for "said palace spokesman Ivo Marek");
 * after a verb (`whole`), a short phrase running to a comma or the sentence's end is taken whole.
 */
export function rightPhrase(tokens: Token[], i: number, whole = true): Token[] {
  // ("Her husband, Yusuf, …", "Both Ms Ruiz and Mr Lee …": "her" or "both" before a noun is its determiner.)
  const determiner = (tokens[i]?.lower === 'her' || tokens[i]?.lower === 'both') && isWord(tokens[i + 1]) && !isVerbish(tokens[i + 1]) && !isPronoun(tokens[i + 1]);
  if (isWord(tokens[i]) && isPronoun(tokens[i]) && tokens[i].lower !== 'who' && !determiner) return [tokens[i]];
  // ("said the latter." — but "said the former Prime Minister": there "former" describes a post.)
  if (isFormerOrLatter(tokens.slice(i, i + 2)) && !isWord(tokens[i + 2])) return tokens.slice(i, i + 2);
  // "said Sen. Jo Ellis": an abbreviated title cut off by its period, then the name.
  if (abbreviatedTitleAt(tokens, i)) return rightPhrase(tokens, i + 2, whole);
  let k = i;
  while (k < tokens.length && k - i < MAX_SPEAKER_PHRASE) {
    const t = tokens[k];
    // ("Some oil and gas countries", "Oil and gas producers": describing words joined by "and", then a noun for people.)
    const joined = joinedDescribersEnd(tokens, k);
    if (joined > k) { k = joined; continue; }
    // ("according to a person familiar with the matter who asked not to be named": what makes the people a
    // source, up to the clause about them.)
    if (k > i) {
      const end = qualifierEnd(tokens, k);
      if (end > k) { k = end; break; }
    }
    // ("said one retired nurse", "a frustrated resident": a participle that describes the person between them.)
    const head = tokens[k + 1];
    if (k > i && isWord(t) && !t.cap && /(?:ed|ing)$/.test(t.lower) && DETERMINERS.has(tokens[k - 1].lower) && isWord(head) && !head.cap && isPeopleHead(head.lower)) { k += 2; continue; }
    if (npToken(t)) { k++; continue; }
    // "said nurse Tasha Greene", "said economist Mia Holt": what the person does, then the name.
    if (isWord(t) && !t.cap && isOccupation(t.lower) && tokens[k + 1]?.cap && isWord(tokens[k + 1])) { k++; continue; }
    // ("said media analyst Rich Greenwald", "said union official Ana Ruiz": a noun before what the person does.)
    if (k === i && isWord(t) && !t.cap && !isVerbish(t) && !DETERMINERS.has(t.lower) && !isPronoun(t) && doesWork(tokens[k + 1]) && namedAt(tokens, k + 2)) { k++; continue; }
    // ("said cafe owner Ana Ruiz", "said ferry deckhand Tom Hale": words no list has for what someone
    // does, right before a name that opens with a known first name and runs to the phrase's end.)
    if (k === i && isWord(t) && !t.cap && !isVerbish(t) && !DETERMINERS.has(t.lower) && !isPronoun(t) && !WH_WORDS.has(t.lower) && !CONTENT_BLOCKERS.has(t.lower)) {
      let m = k + 1;
      while (m < tokens.length && m - k < MAX_UNLISTED_WORK_WORDS && isWord(tokens[m]) && !tokens[m].cap && !isVerbish(tokens[m]) && !DETERMINERS.has(tokens[m].lower)) m++;
      const after = tokens[m + 2];
      if (FIRST_NAMES.has(tokens[m]?.lower ?? '') && namedAt(tokens, m + 1) && (!after || !isWord(after) || !after.cap)) { k = m; continue; }
    }
    // "The fisheries minister, …": a describing word or two before a title head.
    // "Small island nations walked out": or before a noun for people.
    // ("Officials met reporters": not after a plural noun for people, which ends the phrase; the word is its verb.)
    if (k > i && describes(t) && !isPeoplePlural(tokens[k - 1].lower) && (describedHead(tokens[k + 1]) || (describes(tokens[k + 1]) && describedHead(tokens[k + 2])))) { k++; continue; }
    // ("…,' says port negotiator": a headline's describing word and a post with no article, ending the sentence.)
    if (k === i && describes(t) && describedHead(tokens[k + 1]) && !isWord(tokens[k + 2])) { k++; continue; }
    // "one senior civil servant": the noun for people the describing words led to.
    if (k > i && describedHead(t) && describes(tokens[k - 1])) { k++; continue; }
    // "Nigeria's main opposition parties": after an owner, a few lower-case words up to a noun for people or a post.
    if (k > i && isPossessive(tokens[k - 1]) && isWord(t) && !t.cap) {
      let m = k;
      const owned = (x: Token | undefined): boolean => isWord(x) && !x.cap && (isPeoplePlural(x.lower) || TITLE_HEADS.has(x.lower)) && !DOCUMENT_HEADS.has(x.lower);
      while (m < k + POSSESSED_WORDS && isWord(tokens[m]) && !tokens[m].cap && !isVerbish(tokens[m]) && !DETERMINERS.has(tokens[m].lower) && !owned(tokens[m])) m++;
      if (owned(tokens[m])) { k = m + 1; continue; }
    }
    // ("said a defiant Ana Ruiz", "said a visibly angry Ruiz": a describing word or two after an article, then the name.)
    if (k > i && PHRASE_ARTICLES.has(tokens[i].lower) && k <= i + 2 && isWord(t) && !t.cap && !isVerbish(t) && !DETERMINERS.has(t.lower) && (namedAt(tokens, k + 1) || (isWord(tokens[k + 1]) && !tokens[k + 1].cap && namedAt(tokens, k + 2) && /ly$/.test(t.lower)))) { k++; continue; }
    // "said one worker", "said a woman who …": a noun for people right after a determiner.
    // ("Aid agencies", "Relief charities": a capitalised word before a plural noun for people or bodies no list holds whole.)
    if (k > i && isWord(t) && !t.cap && tokens[k - 1].cap && isWord(tokens[k - 1]) && !isStopCapitalised(tokens[k - 1]) && isPeoplePlural(t.lower)) { k++; continue; }
    // ("said his wife": or a noun for kin.)
    if (k > i && isWord(t) && !t.cap && DETERMINERS.has(tokens[k - 1].lower) && (isPeopleHead(t.lower) || isKinNoun(t.lower) || agentAfterDeterminer(tokens, k))) { k++; continue; }
    if ((t.lower === 'of' || t.lower === 'and') && tokens[k + 1]?.cap && k > i) { k++; continue; }
    // "Families of hostages", "relatives of the victims": people by whom they belong to.
    if (t.lower === 'of' && k > i && isPeoplePlural(tokens[k - 1].lower) && isWord(tokens[k + 1]) && isPeoplePlural(tokens[k + 1].lower)) { k += 2; continue; }
    // "according to one of the people", "some of the strikers": a part of a group.
    if (t.lower === 'of' && k === i + 1 && DETERMINERS.has(tokens[i].lower) && DETERMINERS.has(tokens[k + 1]?.lower ?? '')) { k++; continue; }
    // "ambassador to the United Nations John Boltz said": a title's complement, on to the name.
    if (servesComplement(tokens, k) && k > i) { k++; continue; }
    // "according to a statement from the ministry": a document and who issued it.
    if (DOCUMENT_HEADS.has(t.lower) && ISSUED_BY.has(tokens[k + 1]?.lower ?? '')) { k++; continue; }
    // ("…, say reports", "…, says a media report": a document that ends the sentence is what says it.)
    const report = documentClosing(tokens, k);
    if (report > 0) { k = report + 1; break; }
    if (ISSUED_BY.has(t.lower) && k > i && DOCUMENT_HEADS.has(tokens[k - 1].lower) && tokens[k + 1] && (tokens[k + 1].cap || DETERMINERS.has(tokens[k + 1].lower))) { k++; continue; }
    break;
  }
  // A short phrase running to a comma or the end is taken whole ("according to two officials close to the talks,"),
  // unless a finite verb stands in it: "…, said the union would strike" is what was said.
  const endsSentence = (t: Token): boolean => t.kind === 'punct' && /[.!?]/.test(t.text);
  let segEnd = i;
  while (segEnd < tokens.length && segEnd - i < SEGMENT_SCAN && !isBoundary(tokens[segEnd]) && !endsSentence(tokens[segEnd])) segEnd++;
  // ("according to court documents filed Tuesday": the segment is taken up to a clause about a thing in it;
  // looked for only where a segment may be taken whole.)
  let clauseAfter = false;
  if (whole && k > i) {
    for (let m = k; m < segEnd; m++) {
      if (!opensClauseOnThing(tokens, m)) continue;
      segEnd = m;
      clauseAfter = true;
      break;
    }
  }
  if (whole && k > i && segEnd - i <= WHOLE_SEGMENT_AFTER_VERB && segEnd > k && (clauseAfter || segEnd === tokens.length || isComma(tokens[segEnd]) || /[.!?]/.test(tokens[segEnd].text)) && namesSomebody(tokens.slice(i, k)) && !tokens.slice(k, segEnd).some((t) => VERB_FORMS.has(t.lower) || isFinite(t)) && !pastVerbWithObject(tokens, k)) {
    return tokens.slice(i, segEnd);
  }
  return tokens.slice(i, k);
}

/** Does a participle after a noun for a thing, then a time, open a clause about the thing at token `m` ("documents | filed Tuesday")? */
function opensClauseOnThing(tokens: Token[], m: number): boolean {
  const t = tokens[m];
  const before = tokens[m - 1];
  const after = tokens[m + 1];
  return isWord(t) && /ed$/.test(t.lower) && !t.cap && isWord(before) && !before.cap && !isPeopleHead(before.lower) && !DETERMINERS.has(before.lower)
    && (!isWord(after) || PERIOD_WORDS.has(after.lower) || DAYS.has(after.lower) || TIME_OPENERS.has(after.lower));
}

/**
 * Where the object of what makes people a source starts, when token `k` opens it right after a noun
 * for people ("a person familiar | with the matter", "sources close | to the talks", "an official with
 * knowledge | of the plan"): after the qualifier's preposition; else -1.
 */
export function sourceQualifierObject(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!isWord(t) || !SOURCE_QUALIFIERS.has(t.lower) || !isWord(tokens[k - 1]) || !isPeopleHead(tokens[k - 1].lower)) return -1;
  if (isWord(tokens[k + 1]) && QUALIFIER_PREPOSITIONS.has(tokens[k + 1].lower)) return k + 2;
  // ("with knowledge of the plan": the qualifier's own noun first.)
  return t.lower === 'with' && isWord(tokens[k + 1]) && tokens[k + 2]?.lower === 'of' ? k + 3 : -1;
}

/**
 * Where what makes people a source ends, from its first word at `k` ("familiar | with the matter"): its
 * object's few words with no verb, up to a relative pronoun, a comma or the sentence's end; else `k`.
 */
function qualifierEnd(tokens: Token[], k: number): number {
  const from = sourceQualifierObject(tokens, k);
  if (from < 0) return k;
  let m = from;
  while (m < tokens.length && m - from < QUALIFIER_WORDS && isWord(tokens[m]) && !isVerbish(tokens[m]) && !WH_WORDS.has(tokens[m].lower) && tokens[m].lower !== 'that') m++;
  const stop = tokens[m];
  return m > from && (!stop || !isWord(stop) || WH_WORDS.has(stop.lower) || stop.lower === 'that') ? m : k;
}

/** Most words after a source's qualifier and its preposition ("close to | the talks"). */
const QUALIFIER_WORDS = 5;
/** Prepositions after a source's qualifier ("familiar with", "close to", "briefed on", "involved in"). */
const QUALIFIER_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'on', 'in', 'of', 'about']);

/** Is token `k` the period after a name's initial ("P. | Chidambaram", "Ana M. | Ruiz")? */
export const isInitialPeriod = (tokens: Token[], k: number): boolean =>
  tokens[k]?.text === '.' && isWord(tokens[k - 1]) && /^\p{Lu}$/u.test(tokens[k - 1].text) && isWord(tokens[k + 1]) && tokens[k + 1].cap;

/** Is token `i` an abbreviated title or honorific whose period is followed by a name ("Sen. | Jo Ellis", "Dr. | Emeka Obi")? */
export const abbreviatedTitleAt = (tokens: Token[], i: number): boolean =>
  isWord(tokens[i]) && tokens[i].cap && (TITLE_ABBREVIATIONS.has(tokens[i].lower) || HONORIFICS.has(tokens[i].lower)) && tokens[i + 1]?.text === '.' && isWord(tokens[i + 2]) && tokens[i + 2].cap;

/** Words for a number of people before "of" ("thousands of farmers"). */
const GROUP_QUANTITIES: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'tens', 'millions', 'scores']);

/** The first noun phrase of a sentence (its subject), after any leading adverbial set off by a comma. */
export function subjectPhrase(tokens: Token[], before: number): Token[] {
  let i = datelineEnd(tokens);
  for (let k = 0; k < Math.min(before, SUBJECT_COMMA_REACH); k++) {
    if (!isComma(tokens[k])) continue;
    const lead = tokens[i];
    // "On Wednesday, ...", "Speaking to reporters, ...": skip the adverbial (not "Families of hostages rallied, …").
    const second = tokens[i + 1];
    // ("Retired firefighter Pete Morales, 71, was …": a describing word in -ed before a noun for people opens the subject.)
    const describesPerson = /ed$/.test(lead?.lower ?? '') && !!second && !second.cap && isPeopleHead(second.lower);
    if (lead && !isPronoun(lead) && !describesPerson && ((isStopCapitalised(lead) && !DETERMINERS.has(lead.lower)) || /(?:ing|ed|ly)$/.test(lead.lower) || CONTENT_BLOCKERS.has(lead.lower) || LEADING_ADVERBS.has(lead.lower) || (second && CONTENT_BLOCKERS.has(second.lower) && !(lead.cap && SUBJECT_ADVERBS.has(second.lower)) && !isPeopleHead(lead.lower)))) i = k + 1;
    break;
  }
  // ("Then John Carter took the floor": a leading adverb with no comma before a name is no part of the subject.)
  // ("But Ribeiro was less upbeat": so is a conjunction.)
  if (tokens[i]?.cap && (LEADING_ADVERBS.has(tokens[i].lower) || COORDINATORS.has(tokens[i].lower)) && tokens[i + 1]?.cap && isWord(tokens[i + 1]) && !isStopCapitalised(tokens[i + 1])) i++;
  // "Sen. Ruth Alder agreed": an abbreviated title cut off by its period, then the name.
  if (tokens[i]?.cap && tokens[i + 1]?.text === '.' && tokens[i + 2]?.cap && tokens[i + 2].kind === 'word' && rightPhrase(tokens, i, false).length === 1) i += 2;
  let np = rightPhrase(tokens, i, false);
  const whole = rightPhrase(tokens, i);
  // "the Minister of the Interior, Ana Ruiz, …": a complement after the head runs whole to the comma
  // (a subject is otherwise the bare noun phrase: "Small farming nations walked out on Saturday,").
  // (Noun-phrase words only: "Families of hostages rallied outside the ministry," has a verb in it.)
  // "Thousands of farmers drove …", "Dozens of nurses": a quantity of people is the subject.
  const ofPeople = tokens[i + np.length + 1];
  if (np.length === 1 && GROUP_QUANTITIES.has(np[0].lower) && tokens[i + 1]?.lower === 'of' && isWord(ofPeople) && isPeoplePlural(ofPeople.lower)) np = tokens.slice(i, i + 3);
  else if (tokens[i + np.length]?.lower === 'of' && isComma(tokens[i + whole.length]) && whole.slice(np.length + 1).every((t) => npToken(t) || t.lower === 'of' || t.lower === 'and')) np = whole;
  // ("Leaders of farmers' unions protesting at the border agreed …": a noun for people in the plural and whose they are.)
  else if (tokens[i + np.length]?.lower === 'of' && np.length && (np.length === 1 || !np[np.length - 1].cap) && isPeoplePlural(np[np.length - 1].lower)) {
    const whose = rightPhrase(tokens, i + np.length + 1, false);
    if (whose.length) np = tokens.slice(i, i + np.length + 1 + whose.length);
  }
  // "Her husband, Yusuf, was …", "The union's president, Ana Ruiz, said": a description, then the name set off by commas.
  // ("Ashby's agent, Marco Lentini, was …": a noun for a person no title list holds will do.)
  let named = whole.length && (whole.some((t) => HEADS.has(t.lower) || (!t.cap && isPeopleHead(t.lower))) || DETERMINERS.has(whole[0].lower)) ? namedAfterTitle(tokens, i + whole.length) : null;
  // ("His rival on the council, Rob Reyes, was scathing": a description with a place or body after its head.)
  if (!named && whole.length && DETERMINERS.has(whole[0].lower)) {
    const comma = tokens.findIndex((t, m) => m > i + whole.length && m - i <= MAX_DESCRIBED_BEFORE_NAME && isComma(t));
    if (comma > 0 && tokens.slice(i + whole.length, comma).every((t) => isWord(t) && !isVerbish(t))) named = namedAfterTitle(tokens, comma);
  }
  if (named) return named;
  if (!namesSomebody(np)) return [];
  return np;
}

/** Most tokens of a description with its complement before the name set off after it ("His rival on the council, …"). */
const MAX_DESCRIBED_BEFORE_NAME = 8;

/**
 * "the Minister of Labour, Pia Sand, has defended": after a title phrase, the name set off by
 * commas is who the subject is (the title is then an apposition the speaker stage reads).
 */
function namedAfterTitle(tokens: Token[], k: number): Token[] | null {
  if (!isComma(tokens[k])) return null;
  // ("Her rival, deputy leader Petra Voss, …": a post of the name's own before it; "Her counterpart,
  // Norvian trade secretary Ana Ruiz, …": a place or people of a word or two before a lower-case post.)
  const isPostWord = (t: Token | undefined): boolean => !!t && isWord(t) && (TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower));
  let place = k + 1;
  while (place - k <= MAX_PLACE_BEFORE_POST && isWord(tokens[place]) && tokens[place].cap && !isStopCapitalised(tokens[place]) && !isPostWord(tokens[place])) place++;
  const post = place > k + 1 && !tokens[place]?.cap && isPostWord(tokens[place]) ? place : k + 1;
  let s = post;
  while (s < tokens.length && s - post < MAX_TITLE_BEFORE_NAME && isPostWord(tokens[s])) s++;
  let e = s;
  while (e < tokens.length && e - s < MAX_NAME_WORDS && isWord(tokens[e]) && tokens[e].cap && !isStopCapitalised(tokens[e]) && !HEADS.has(tokens[e].lower)) e++;
  const name = tokens.slice(s, e);
  // ("Her husband, Yusuf, …": a first name alone will do.)
  return (name.length >= 2 || (name.length === 1 && s === k + 1 && FIRST_NAMES.has(name[0].lower))) && isComma(tokens[e]) ? name : null;
}

/** Most title words before a name set off after a description ("deputy leader", "former prime minister"). */
const MAX_TITLE_BEFORE_NAME = 3;
/** Most words of a place or people before such a post ("Southern Varian trade secretary"). */
const MAX_PLACE_BEFORE_POST = 2;

/**
 * Where a dateline that opens a sentence ends ("VALMORA — ", "NORTH HARBOUR – ", "HARBOURTON, Norvia (Wire) — ",
 * "VALMORA, June 3 (Wire) - "): the index after its dash; else 0.
 */
export function datelineEnd(tokens: Token[]): number {
  // ("10:42 — The minister has arrived": a live blog's time stamp and a dash.)
  const stamp = timeStampEnd(tokens);
  if (stamp > 0) return stamp;
  let k = 0;
  while (k < tokens.length && k < MAX_DATELINE_WORDS && tokens[k].kind === 'word' && isAllCaps(tokens[k].text)) k++;
  // "Brussels — ": a place in title case, then a long dash, at the start of the paragraph.
  // (A place in title case takes a dash, or a date and a dash or the wire's name in brackets: "Brussels, June 3 — ".)
  let titleCase = false;
  if (k === 0) {
    while (k < tokens.length && k < MAX_DATELINE_WORDS && tokens[k].kind === 'word' && tokens[k].cap && !isStopCapitalised(tokens[k])) k++;
    // "New Delhi: Farmer unions …": a known place and a colon (a name and a colon is a speaker's line).
    const place = tokens[k]?.text === ':' && PLACES.has(tokens.slice(0, k).map((t) => t.lower).join(' '));
    if (k > 0 && tokens[0].start === 0 && (/^(?:[—–]|---?)$/.test(tokens[k]?.text ?? '') || place) && tokens[k + 1]?.cap) return k + 1;
    if (!(k > 0 && tokens[0].start === 0 && isComma(tokens[k]))) return 0;
    titleCase = true;
  }
  // A place or date after a comma, and the agency in brackets.
  let dated = false;
  if (isComma(tokens[k])) {
    const from = ++k;
    while (k - from < MAX_DATELINE_TAIL && tokens[k] && ((tokens[k].kind === 'word' && (tokens[k].cap || /^\d/.test(tokens[k].text))) || tokens[k].text === '.' || isComma(tokens[k]))) k++;
    // (A month and a day, "June 3": an age alone, "Ana Lee, 45 —", is no date.)
    dated = tokens.slice(from + 1, k).some((t, n) => /^\d/.test(t.text) && tokens[from + n].cap);
  }
  // "New Delhi, Jun 7 (PTI) Sports Minister …": the wire's one-word name in brackets ends it, dash or none.
  let wire = false;
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close - k <= MAX_DATELINE_TAIL && tokens[close] && tokens[close].text !== ')') close++;
    if (tokens[close]?.text !== ')' || close - k > MAX_DATELINE_TAIL) return 0;
    wire = close === k + 2 && tokens[k + 1].kind === 'word' && /^\p{Lu}/u.test(tokens[k + 1].text);
    k = close + 1;
  }
  if (tokens[k]?.kind === 'punct' && /^(?:[—–:-]|---?)$/.test(tokens[k].text)) return titleCase && !wire && !dated ? 0 : k + 1;
  return wire && tokens[k]?.kind === 'word' && tokens[k].cap ? k : 0;
}

/** Where a time stamp and a dash at the sentence start end ("10:42 —", "9:05 a.m. –", "10.42am —"), or 0. */
function timeStampEnd(tokens: Token[]): number {
  let k = 0;
  if (/^\d{1,2}$/.test(tokens[0]?.text ?? '') && tokens[1]?.text === ':' && /^\d{2}$/.test(tokens[2]?.text ?? '')) k = 3;
  else if (/^\d{1,2}[.:]\d{2}(?:am|pm)?$/i.test(tokens[0]?.text ?? '')) k = 1;
  else return 0;
  if (/^(?:a\.?m\.?|p\.?m\.?|gmt|bst|cet|et|utc)$/i.test(tokens[k]?.text ?? '')) k++;
  return isDash(tokens[k]) && tokens[k + 1]?.cap ? k + 1 : 0;
}

/** Words that open a clause of time, cause or contrast before the sentence's own ("Once", "When", "After"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'once', 'after', 'before', 'as', 'since', 'while', 'whilst', 'although', 'though', 'because', 'until', 'whenever']);
/** Most words of a name as such a clause's subject. */
const MAX_OPENER_NAME = 3;

/**
 * The name that is the subject of a clause opening the sentence ("When Hale arrived, …", "Once Ana
 * Ruiz had signed, …"): capitalised words after the opener, then a lower-case word; else nothing.
 */
export function openingClauseSubject(tokens: Token[]): Token[] {
  if (!CLAUSE_OPENERS.has(tokens[0]?.lower ?? '')) return [];
  let e = 1;
  while (e < tokens.length && e <= MAX_OPENER_NAME && tokens[e].kind === 'word' && tokens[e].cap && !isStopCapitalised(tokens[e])) e++;
  const next = tokens[e];
  return e > 1 && next?.kind === 'word' && !next.cap && !PRONOUNS.has(next.lower) ? tokens.slice(1, e) : [];
}

/** The subject phrase of a sentence, for tracking who a following "he" or "she" is. */
export function sentenceSubject(tokens: Token[]): Token[] {
  return subjectPhrase(tokens, tokens.length);
}

import { isAllCaps, isDash, isPossessive, nameLength, stripPossessive, type Token } from '../1-segment/tokens';
import { DAYS, VERB_FORMS } from '../2-candidates/cueWords';
import { describes as canDescribe, isInitialPeriod, isVerbish, wordsAt } from '../2-candidates/phrases';
import { AFFILIATION_TAG, DETERMINERS, DOCUMENT_HEADS, FIRM_NAME_WORDS, ISSUED_BY, isAgentNoun, isKinNoun, isOccupation, isPastForm, NAME_SUFFIXES, NP_WORDS, ORG_HEADS, PLACE_NOUNS, PLACES, PRONOUNS, isStopCapitalised, RELATIONAL_POSTS, TITLE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS } from '../words/words';
import { complementEnd, gluedAcronym, isNameWord, PORTFOLIO_ENDING, isOrgName, isTitleHead, isTitleWord, join, nameParts, postOf, QUANTITIES, splitTitle, titleText } from './names';
import { ARTICLES, BECOMING_VERBS, DEFINITE_DETERMINERS, FIRST_NAMES, GENDER_WORDS, HONORIFICS, KIN_GENDER, NATIONALITIES, PARTY_NAMES, ROLE_VERBS, TITLE_PREPOSITIONS } from './speakerWords';
import {
  MAX_AFTER_OWNER, MAX_ASIDE, MAX_OCCUPATION_WORDS, MAX_NAME_WORDS, MAX_PLURAL_NAME_WORDS, MAX_PLURAL_NAMES_SEGMENT, MAX_ROLE_CLAUSE, MAX_TITLE_COMPLEMENT,
  MAX_ORG_NAME_WORDS, MAX_TITLE_ADJECTIVES, MAX_TITLE_PHRASE, MIN_NAME_WORDS, MIN_ROLE_CLAUSE,
} from './windows';

// Person facts: the people a sentence names, and the roles it gives them (titles before names,
// appositions, "who chairs X" clauses), found in the sentence alone.

/** A person the text names, with the role it gives, found in one sentence. */
export interface PersonFact {
  name: Token[];
  /** The name's words without possessive endings and honorifics. */
  parts: string[];
  role?: string;
  /** Man or woman, when an honorific or a gendered title says so ("Ms", "chairwoman"). */
  gender?: 'm' | 'f';
  /** Named with an honorific ("Mr Hale", "Dr Obi"). */
  honorific?: true;
  /** Where the person is from, told after the name ("President Ana Lind of Varia" → "varia"), lower-case. */
  affiliation?: string;
  /** Not a person: an organisation the text names in passing ("merge Northern Transport Company and …"), so a later "NTC" is known. */
  organisation?: true;
}

/** Man or woman, if a word before the name says so ("Ms", "Sir", "chairwoman"). */
export function genderOf(words: readonly Token[]): 'm' | 'f' | undefined {
  for (const w of words) {
    const g = GENDER_WORDS.get(w.lower);
    if (g) return g;
  }
  return undefined;
}

/** The gender a description of who someone is tells ("a mother of two", "her late husband"), from its head before any "of". */
function kinGender(seg: readonly Token[]): 'm' | 'f' | undefined {
  const of = seg.findIndex((t) => t.lower === 'of');
  const head = seg[(of > 0 ? of : seg.length) - 1];
  return head && seg.length <= MAX_TITLE_PHRASE ? KIN_GENDER.get(head.lower) : undefined;
}

/** Possessive determiners, which may open a post inside a longer segment ("a statement signed by | its President"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our']);


/**
 * The abbreviated title at token `k` with the capitalised title words and the place before it
 * ("State Sen.", "Pennsylvania Gov.", "New York State Sen."): "State Sen. Maria Lopez".
 */
function abbreviatedTitle(tokens: readonly Token[], k: number): string {
  // "Brig. Gen.", "Lt. Col.", "Rear Adm.": a rank of two abbreviations, or of a word and one, is one title.
  let first = k;
  for (;;) {
    if (tokens[first - 1]?.text === '.' && tokens[first - 2]?.cap && TITLE_ABBREVIATIONS.has(tokens[first - 2].lower)) first -= 2;
    else if (tokens[first - 1]?.cap && RANK_PREFIXES.has(tokens[first - 1].lower)) first -= 1;
    else break;
  }
  // "Armed forces spokesman Col. Ana Cruz": a rank worn after a post, like an honorific; the post is the role.
  const post = postBefore(tokens, first);
  if (post) return join(post);
  let lead = first;
  for (;;) {
    const w = tokens[lead - 1];
    if (!w?.cap) break;
    if (TITLE_MODIFIERS.has(w.lower) || PLACES.has(w.lower) || NATIONALITIES.has(w.lower)) lead--;
    else if (tokens[lead - 2]?.cap && PLACES.has(`${tokens[lead - 2].lower} ${w.lower}`)) lead -= 2;
    else break;
  }
  // (A period inside the rank stays on its abbreviation: "Lt. Col.".)
  return `${join(tokens.slice(lead, k + 1)).replace(/ \./g, '.')}.`;
}

/** Words that make a rank of the abbreviated one after them ("Rear Adm.", "Vice Adm.", "Lieutenant Col."). */
const RANK_PREFIXES: ReadonlySet<string> = new Set(['rear', 'vice', 'lieutenant', 'brigadier', 'major', 'staff', 'master', 'chief', 'first']);

/**
 * The post that ends right before token `k` and opens the sentence or follows a determiner
 * ("Armed forces spokesman | Col."), a title head and a few words before it; else null.
 */
function postBefore(tokens: readonly Token[], k: number): Token[] | null {
  const head = tokens[k - 1];
  if (!head || head.kind !== 'word' || !isTitleHead(head.lower)) return null;
  let lead = k - 1;
  while (lead > 0 && k - lead <= MAX_OCCUPATION_WORDS + 1 && tokens[lead - 1].kind === 'word' && !DETERMINERS.has(tokens[lead - 1].lower) && !isStopCapitalised(tokens[lead - 1]) && !VERB_FORMS.has(tokens[lead - 1].lower)) lead--;
  return lead === 0 || DETERMINERS.has(tokens[lead - 1].lower) ? tokens.slice(lead, k) as Token[] : null;
}

/** Verbs after which "on" and a name give the programme someone spoke on ("speaking on Match Night"). */
const ON_AIR_VERBS: ReadonlySet<string> = new Set(['speaking', 'spoke', 'speaks', 'appearing', 'appeared', 'appears', 'said', 'says', 'told', 'interviewed', 'talking', 'commenting']);

/** Abbreviations that stand inside the name of a place or an institution ("St. Anne's", "Mt. Sinai"). */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Mt', 'Ft', 'Pt']);

/** A capitalised participle that may open a sentence ("Reacting", "Responding"), never a name. */
const PARTICIPLE_OPENER = /^\p{Lu}\p{Ll}{3,}ing$/u;

/** Does a bracketed word start at token `k` ("(CoG)")? */
const parenthesisedAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '(' && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.text === ')';

/**
 * Where the words from token `k` on run into a title head followed by a name ("Governors (CoG)
 * chair Ann", "potential prime minister Rob"): the head's index, else -1. Capitalised and title
 * words may stand before the head; `anyWord` lets other words stand there too ("potential").
 */
function titleHeadAhead(tokens: readonly Token[], k: number, anyWord: boolean): number {
  for (let steps = 0; k < tokens.length && steps < MAX_TITLE_PHRASE; steps++) {
    const t = tokens[k];
    if (parenthesisedAt(tokens, k)) { k += 3; continue; }
    if (t.kind !== 'word') return -1;
    // "Chief Minister": a head that also modifies the next one reads on.
    const modifiesNext = TITLE_MODIFIERS.has(t.lower) && !!tokens[k + 1] && TITLE_HEADS.has(tokens[k + 1].lower);
    if (isTitleHead(t.lower) && !modifiesNext) {
      if (tokens[k + 1]?.cap && isNameWord(tokens[k + 1])) return k;
      // ("Doctors' Association president Dr. Ana Obi": an honorific and its period before the name.)
      if (tokens[k + 1]?.cap && HONORIFICS.has(tokens[k + 1].lower) && tokens[k + 2]?.text === '.' && tokens[k + 3]?.cap) return k;
      // "Harbour's Chief Minister Senator Jon Fondre": a second title worn before the name.
      if (tokens[k + 1]?.cap && TITLE_HEADS.has(tokens[k + 1].lower) && tokens[k + 2]?.cap && isNameWord(tokens[k + 2])) return k + 1;
      // "ambassador to the United Nations Paul Hart"
      return TITLE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') ? complementEnd(tokens, k + 1) : -1;
    }
    if (!t.cap && !isTitleWord(t) && !(anyWord && steps < MAX_TITLE_ADJECTIVES)) return -1;
    k++;
  }
  return -1;
}

/** A segment without its bracketed words ("the Freedom Party (FPÖ)" → "the Freedom Party"). */
function withoutBrackets(seg: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < seg.length; k++) {
    if (parenthesisedAt(seg, k)) k += 2;
    else out.push(seg[k]);
  }
  return out;
}

/** Tokens without bracketed asides ("Sen. Ana Lopes (D-Ore.), the chair of ..."), which would split segments. */
function withoutAsides(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].text === '(') {
      let e = k + 1;
      while (e < tokens.length && e - k <= MAX_ASIDE && tokens[e].text !== ')' && tokens[e].text !== '(') e++;
      // A bracketed acronym stays: it belongs to a title ("the Liberty Party (LP)").
      if (tokens[e]?.text === ')' && !parenthesisedAt(tokens, k)) { k = e; continue; }
    }
    out.push(tokens[k]);
  }
  return out;
}

/** Word endings of verb forms, which describe no occupation ("a man | arrested | ..."). */
const VERBISH_ENDING = /(?:ed|ing)$/;

/** Is this comma-delimited segment a title phrase ("the harbour authority's chief executive")? */
function isTitlePhrase(withBrackets: Token[]): boolean {
  const seg = withBrackets.some((t) => t.text === '(') ? withoutBrackets(withBrackets) : withBrackets;
  // "President of the Harbour Trade Chamber and a key party negotiator": two posts of one person.
  for (let k = 1; k < seg.length - 1; k++) if (seg[k].lower === 'and' && isTitlePhrase(seg.slice(0, k)) && isTitlePhrase(seg.slice(k + 1))) return true;
  // ("an analyst at Corbin & Lowe": an ampersand between capitalised words is part of a firm's name.)
  if (!seg.length || seg.length > MAX_TITLE_PHRASE || seg.some((t, k) => t.kind !== 'word' && !(t.text === '&' && seg[k - 1]?.cap && seg[k + 1]?.cap))) return false;
  // ("a senior negotiator with the Federation of Care Employers": "with" and whom the post works for.)
  const prep = seg.findIndex((t, k) => TITLE_PREPOSITIONS.has(t.lower) || (t.lower === 'with' && k > 0 && !seg[k - 1].cap && (ARTICLES.has(seg[k + 1]?.lower ?? '') || !!seg[k + 1]?.cap)));
  let core = prep > 0 ? seg.slice(0, prep) : seg;
  if (prep >= 0 && seg.length - prep > MAX_TITLE_COMPLEMENT) return false;
  // The phrase ends in its head ("... climate commissioner", "... envoy for water", "vice-chair of …").
  const head = stripPossessive(core[core.length - 1].lower);
  if (!isTitleHead(head)) {
    // "a political scientist at Harbour University", "an economist": after an article, a noun for
    // what a person does, with a few describing words, is their role too.
    // "a veteran of three budget fights" counts, it holds no post.
    const counted = prep >= 0 && (/^\d/.test(seg[prep + 1]?.text ?? '') || QUANTITIES.has(seg[prep + 1]?.lower ?? ''));
    // ("the player's agent", "Ashby's agent", "the union's lead bargainer": after whose it is, as after an article.)
    let ownerAt = -1;
    core.forEach((t, i) => { if (i < core.length - 1 && isPossessive(t)) ownerAt = i; });
    const owned = ownerAt >= 0 && core.length - ownerAt - 2 <= MAX_OCCUPATION_WORDS;
    const from = owned ? ownerAt + 1 : 1;
    const opens = owned ? (ARTICLES.has(core[0].lower) || core[0].cap) && !VERB_FORMS.has(core[0].lower) : ARTICLES.has(core[0].lower);
    return !counted && !core[core.length - 1].cap && (isOccupation(head) || isAgentNoun(head)) && opens && core.length - 2 <= MAX_OCCUPATION_WORDS
      // ("a mining analyst", "a retired teacher": a word in -ing or -ed right before the noun describes it.)
      && core.slice(from, -1).every((t, i, words) => !t.cap && !isPossessive(t) && (i === words.length - 1 || !VERBISH_ENDING.test(t.lower)));
  }
  // Before a possessive anything goes ("the harbour authority's") but a reporting verb ("said the
  // group's director"); after it, a few words.
  let owner = -1;
  core.forEach((t, i) => { if (isPossessive(t)) owner = i; });
  // (A clause before it is no part of the post: "He met | Varia's special envoy".)
  const clause = core.slice(0, owner).some((t) => PRONOUNS.has(t.lower) || (!t.cap && isPastForm(t.lower)));
  if (owner >= 0) return core.length - owner - 1 <= MAX_AFTER_OWNER && !VERB_FORMS.has(core[0].lower) && !clause && core.slice(owner + 1).every((t) => !t.cap || TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower));
  core = core.slice(owner + 1);
  // "the fisheries minister", "a farm leader", "a veteran climate policy analyst": after an article, up
  // to three describing words before the head.
  // ("a mining analyst": a word in -ing or -ed right before the head describes it; not an adverb.)
  if (core.length >= 3 && core.length <= MAX_DESCRIBED_TITLE_WORDS && ARTICLES.has(core[0].lower) && core.slice(1, -1).every((t, i, words) => !t.cap && !/ly$/.test(t.lower) && (i === words.length - 1 || !VERBISH_ENDING.test(t.lower)))) return true;
  // ("The conservative Popular Party (PP) leader": a describing word after the article, before a capitalised name.)
  const describing = (i: number): boolean => i === 1 && ARTICLES.has(core[0].lower) && !!core[i + 1]?.cap && /^\p{Ll}+$/u.test(core[i].text) && !VERBISH_ENDING.test(core[i].lower);
  return core.every((t, i) => t.cap || isPossessive(t) || DETERMINERS.has(t.lower) || TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || NP_WORDS.has(t.lower) || NATIONALITIES.has(t.lower) || /^[\p{L}]+-[\p{L}]+$/u.test(t.text) || describing(i));
}

/** The title phrase a segment is, or ends in from a determiner on ("with the head of the RTBU" → "the head of the RTBU"); else null. */
function titleTail(seg: Token[]): Token[] | null {
  // ("the letter by the head of the union, Ana Ruiz,": whose document it is gives the post; the document is no part of it.)
  const d = ARTICLES.has(seg[0]?.lower ?? '') ? 1 : 0;
  if (DOCUMENT_HEADS.has(seg[d]?.lower ?? '') && ISSUED_BY.has(seg[d + 1]?.lower ?? '') && seg.length > d + 2) return titleTail(seg.slice(d + 2));
  if (isTitlePhrase(seg)) return seg;
  for (let i = 1; i < seg.length - 1; i++) {
    // ("and his Japanese counterpart, X": a post known only by whose counterpart it is says nothing of the job.)
    const possessive = POSSESSIVE_DETERMINERS.has(seg[i].lower) && !RELATIONAL_POSTS.has(seg[seg.length - 1].lower);
    // ("met with Varia's special envoy, X": or from whose post it is, a name's possessive after a lower-case word.)
    const owner = seg[i].cap && isPossessive(seg[i]) && !seg[i - 1].cap;
    if ((DEFINITE_DETERMINERS.has(seg[i].lower) || possessive || owner) && isTitlePhrase(seg.slice(i))) return seg.slice(i);
  }
  return null;
}

/**
 * Does a title phrase end in what may be a name ("the party's leader Milo")? A capitalised last word
 * inside a complement ("the Minister of Labour", "head of the office in Varia") is part of the title.
 */
function endsInName(tail: Token[]): boolean {
  const last = tail[tail.length - 1];
  if (!last.cap || !isNameWord(last) || isPossessive(last) || TITLE_MODIFIERS.has(last.lower) || NATIONALITIES.get(last.lower)) return false;
  return !tail.some((t) => TITLE_PREPOSITIONS.has(t.lower));
}

/** Is this segment a bare personal name ("Robert Fenn")? */
// (`titled`: a post stands before it, so its last word may be a title word that is a surname: "…, Atif Ikram Sheikh,".)
const isNameSegment = (seg: Token[], least = MIN_NAME_WORDS, titled = false): boolean => seg.length >= least && nameLength(seg) <= MAX_NAME_WORDS
  && seg.every((t, k) => isNameWord(t) || (titled && k > 0 && k === seg.length - 1 && t.cap && t.kind === 'word' && isTitleHead(t.lower))) && !isOrgName(seg.map((t) => t.text));

/**
 * The personal name that ends a segment ("said Marina Silva" → "Marina Silva"); with `least` 1, a
 * last name alone ("said Johnson", before the apposition that says who he is).
 */
function trailingName(seg: Token[], least = MIN_NAME_WORDS): Token[] | null {
  let k = seg.length;
  while (k > 0 && seg.length - k < MAX_NAME_WORDS && isNameWord(seg[k - 1])) k--;
  const name = seg.slice(k);
  return isNameSegment(name, least) ? name : null;
}

/**
 * "the outgoing and incoming Green Party presidents, Mr Hale and Ms Reyes": a plural title
 * followed by two names gives each the singular title (from its first capitalised word on).
 */
function pluralRoles(a: Token[], b: Token[], facts: PersonFact[]): boolean {
  const head = a[a.length - 1];
  if (!head || head.cap || !/s$/.test(head.lower) || !TITLE_HEADS.has(head.lower.slice(0, -1))) return false;
  const and = b.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and === b.length - 1 || b.length > MAX_PLURAL_NAMES_SEGMENT) return false;
  const people = [b.slice(0, and), b.slice(and + 1)].map((n) => n.filter((t) => !HONORIFICS.has(t.lower)));
  if (!people.every((n) => n.length >= 1 && n.length <= MAX_PLURAL_NAME_WORDS && n.every(isNameWord))) return false;
  // The organisation just before the head ("Green Party presidents"); earlier words describe.
  let firstCap = a.length - 1;
  while (firstCap > 0 && a[firstCap - 1].cap && !isStopCapitalised(a[firstCap - 1])) firstCap--;
  if (firstCap === a.length - 1) return false;
  const role = `${join(a.slice(firstCap, -1))} ${head.text.slice(0, -1)}`;
  for (const n of people) facts.push({ name: n, parts: nameParts(n), role });
  return true;
}

/**
 * Does a capitalised run open with a noun for what a person does, capitalised only because it opens
 * the sentence, before a first name ("Nurse Ana Lee", "Actress Fran Drescher")? ("Skipper Ewan
 * McLeod": a listed occupation before two more words will do, though no list knows the first name.)
 */
function opensWithWhatTheyDo(name: readonly Token[]): boolean {
  const listed = name.length >= 3 && (isOccupation(name[0].lower) || isKinNoun(name[0].lower));
  return name.length >= 3 && !FIRST_NAMES.has(name[0].lower) && (FIRST_NAMES.has(name[1].lower) || (name.length === 3 && listed))
    && !ORG_HEADS.has(name[0].lower) && (listed || isAgentNoun(name[0].lower));
}

/** Roles from appositions anywhere in a sentence: "NAME, the TITLE," and "X's TITLE, NAME,". */
function appositionFacts(tokens: Token[], facts: PersonFact[]): void {
  const segs: Token[][] = [[]];
  let prev: Token | undefined;
  for (const t of withoutAsides(tokens)) {
    // "Robert Kane Jr., the union's lawyer": the suffix's period ends no segment.
    const suffixStop = t.text === '.' && !!prev && NAME_SUFFIXES.has(prev.lower);
    // "The army's chief negotiator, Gen. Amos Kiprono,": an abbreviated title's period ends no
    // segment either, and the title leaves the name segment bare.
    // So does an honorific's ("its President, Prof. Ada Eze,").
    const abbreviation = t.text === '.' && !!prev && prev.cap && (TITLE_ABBREVIATIONS.has(prev.lower) || HONORIFICS.has(prev.lower));
    // ("the minister, Dr. K. Ramesh Rao,": an initial's period ends no segment either; nor does
    // that of "St." or "Mt." before a name: "a nurse at St. Anne's Hospital".)
    const initial = t.text === '.' && !!prev && (/^\p{Lu}$/u.test(prev.text) || NAME_ABBREVIATIONS.has(prev.text));
    prev = t;
    if (suffixStop || initial) continue;
    if (abbreviation) {
      segs[segs.length - 1].pop();
      continue;
    }
    // A dash ends a segment too ("PARIS — France's maritime minister, Ana Gil, said").
    // (Dashes set words off too: "PARIS — …", "Ana Gil – the minister – said".)
    // ("Says Ana Ruiz, the union chief: “…”": so does a colon.)
    if (isDash(t) || (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':'))) segs.push([]);
    else if (t.kind === 'quote') segs.push([]);
    else segs[segs.length - 1].push(t);
  }
  segs.forEach((seg, i) => {
    becomingFacts(seg, facts);
    namedFacts(seg, facts, () => (i > 0 && segs[i - 1].length ? titleTail(segs[i - 1]) : null));
  });
  for (let i = 0; i + 1 < segs.length; i++) {
    const a = segs[i];
    // ("Ana Lee, 45, a nurse at the hospital,": an age between the name and its apposition is skipped;
    // "Sen. Ana Ruiz, R-Texas, chair of …": so is a party and state tag.)
    const tag = segs[i + 1];
    let after = i + 2;
    // (A tag's period is a segment's end of its own: "D-Ill., chair of …".)
    if (isNameTag(tag) && AFFILIATION_TAG.test(tag[0].text)) while (segs[after] && !segs[after].length) after++;
    const aged = isNameTag(tag) && segs[after] ? segs[after] : tag;
    // ("Ana Lee, who is also the party's deputy leader,": the post a relative clause says the person holds.)
    const b = relativePost(aged) ?? aged;
    if (pluralRoles(a, b, facts)) continue;
    // "said Johnson, a former prime minister": a last name alone takes the post its apposition gives.
    // ("Reacting, the Minister of Labour, Dr Ana Ude, told": a participle opening the sentence names nobody.)
    // ("the Federation of Varian Chambers of Commerce and Industry, Atif Ikram Sheikh,": a word after "and" or "of"
    // inside a capitalised name ends an organisation's name, never a last name alone.)
    const inName = (n: Token[] | null): boolean => !!n && n.length === 1 && NAME_JOINERS.has(a[a.length - 2]?.lower ?? '') && !!a[a.length - 3]?.cap;
    // (Nor is a party and state tag a name: "…, R-Texas, chair of …".)
    const trailing = (a.length === 1 && PARTICIPLE_OPENER.test(a[0].text)) || isNameTag(a) ? null : trailingName(a, 1);
    // ("Actress Fran Drescher, president of the actors' union,": what she does, opening the sentence, is no part of the name.)
    const named = inName(trailing) ? null : i === 0 && trailing?.[0] === tokens[0] && opensWithWhatTheyDo(trailing) ? trailing.slice(1) : trailing;
    // ("Ana Lee, who was elected mayor in 2020,": a post taken on, told in a relative clause.)
    if (named && b[0]?.lower === 'who') becomingFacts([...named, ...b.slice(1)], facts);
    // ("Oyelaran, 54, chairs the miners' committee.": the sentence's own verb of leading, after the name and an age.)
    else if (named && i === 0 && ROLE_VERBS.has(b[0]?.lower ?? '')) becomingFacts([...named, ...b], facts, 1);
    const post = postOf(b);
    if (named && isTitlePhrase(post)) facts.push({ name: named, parts: nameParts(named), role: titleText(post) });
    // ("Paul Brandt, a Republican,", "Ed Moss, a Utah Democrat,": a member of a party, which "the
    // Republican" may mean later; no role.)
    else if (named && ARTICLES.has(b[0]?.lower ?? '') && b.length <= 4 && PARTY_NAMES.has(b[b.length - 1].lower) && b.slice(1).every((w) => w.cap)) facts.push({ name: named, parts: nameParts(named), affiliation: b[b.length - 1].lower });
    // "Jo Hart, a mother of two,": who someone is to others tells their gender, though it is no role.
    else if (named && ARTICLES.has(b[0]?.lower ?? '') && kinGender(b)) facts.push({ name: named, parts: nameParts(named), gender: kinGender(b) });
    else if (named && b[0]?.lower === 'who' && ROLE_VERBS.has(b[1]?.lower ?? '') && b.length >= MIN_ROLE_CLAUSE && b.length <= MAX_ROLE_CLAUSE) {
      // "Cedric Schuster, who chairs the Alliance of Small Island States"
      // (As written: the verb and what is led, "chairs the Alliance of Small Island States".)
      facts.push({ name: named, parts: nameParts(named), role: join(b.slice(1)) });
    }
    // (Each reading below needs a name set off after the segment, so a capitalised word: most pairs have none.)
    else if (b.some((t) => t.cap)) {
      // "... signed by the head of the roads agency, Ian Ross,": the title is the
      // segment's tail from a determiner on.
      const tail = titleTail(a);
      // ("the Minister of Labour, Dr Ada Eze,": an honorific before the name is no part of it.)
      const bare = withoutHonorifics(b);
      if (tail && isNameSegment(bare, MIN_NAME_WORDS, true) && !endsInName(tail)) facts.push({ name: bare, parts: nameParts(bare), role: titleText(tail) });
      // ("the envoy, former Varian president Ola Bankole,": a post set off before a name with a title of its own is a second post.)
      // ("…, Professor Sir Ian Clegg,": an honorific after that title is no part of the name either.)
      else if (tail && !endsInName(tail) && titledNameSegment(bare)) {
        const name = withoutHonorifics(splitTitle(bare).name);
        facts.push({ name, parts: nameParts(name), role: titleText(tail) });
      }
      // "Her husband, Yusuf, was more hopeful": a first name alone, set off after a description, is a person.
      else if (b.length === 1 && isNameWord(b[0]) && FIRST_NAMES.has(b[0].lower) && a.length >= 2 && !a[a.length - 1].cap && segs[i + 2]) {
        // (Who they are to others tells their gender: "Her husband, Jorge,".)
        const gender = kinGender(a);
        facts.push({ name: b, parts: nameParts(b), ...(tail && !endsInName(tail) && { role: titleText(tail) }), ...(gender && { gender }) });
      }
      // ("her Italian counterpart, Marco Bellini,": a post known by whose counterpart it is is no role,
      // but its nationality says where the person is from, so "the Italian" may mean them.)
      else if (!tail && a.length >= 3 && RELATIONAL_POSTS.has(a[a.length - 1].lower) && POSSESSIVE_DETERMINERS.has(a[a.length - 3].lower) && NATIONALITIES.has(a[a.length - 2].lower) && isNameSegment(bare)) {
        facts.push({ name: bare, parts: nameParts(bare), affiliation: NATIONALITIES.get(a[a.length - 2].lower)! });
      }
    }
  }
}

/**
 * "a former labour lawyer named David Chen", "a spokesman called Tom Reyes": what someone is, then
 * "named" and their name, gives the name that role. With a post set off before it ("the company's
 * chief negotiator, a lawyer named David Chen,") the post is the role (`setOffPost`, worked out only when a name is found).
 */
function namedFacts(seg: Token[], facts: PersonFact[], setOffPost: () => Token[] | null): void {
  const k = seg.findIndex((t, n) => n > 0 && (t.lower === 'named' || t.lower === 'called') && seg[n + 1]?.kind === 'word' && seg[n + 1].cap);
  if (k < 0) return;
  let e = k + 1;
  while (e < seg.length && e - k <= MAX_NAME_WORDS && isNameWord(seg[e])) e++;
  const name = seg.slice(k + 1, e);
  if (!isNameSegment(name)) return;
  const what = titleTail(seg.slice(0, k));
  if (what && ARTICLES.has(what[0].lower)) facts.push({ name, parts: nameParts(name), role: titleText(setOffPost() ?? what) });
}

/** The words a relative clause of being opens with before a post ("who is also | the party's deputy leader"). */
const BEING_CLAUSE = /^who (?:is|was|has been|had been)(?: (?:also|now|currently|still))? (?:the|a|an) /;

/** The post in a relative clause of being ("who is also the party's deputy leader" → "the party's deputy leader"), else null. */
function relativePost(seg: Token[]): Token[] | null {
  if (seg[0]?.lower !== 'who') return null;
  const text = seg.slice(0, 5).map((t) => t.lower).join(' ') + ' ';
  const m = BEING_CLAUSE.exec(text);
  if (!m) return null;
  const skip = m[0].trim().split(' ').length - 1;
  return seg.slice(skip);
}

/** Do these words name a place ("Fifth Street", "Hyde Park"), a noun for one after words no first name opens ("Tom Hill" is a person)? */
function namesPlace(name: readonly Token[]): boolean {
  return PLACE_NOUNS.has(name[name.length - 1].lower) && !FIRST_NAMES.has(name[0].lower);
}

/**
 * The place or body after a titled name ("President Ana Lind | of Varia", "Senator Ana Lee of Ohio"),
 * lower-case: "of" and up to three capitalised words that are no one's name; else null.
 */
function placeAfterName(tokens: readonly Token[], k: number): string | null {
  if (tokens[k]?.lower !== 'of') return null;
  let m = k + 1;
  while (m < tokens.length && m - k <= MAX_PLACE_WORDS && tokens[m].kind === 'word' && tokens[m].cap && !isStopCapitalised(tokens[m]) && !FIRST_NAMES.has(tokens[m].lower)) m++;
  if (m === k + 1 || m - k > MAX_PLACE_WORDS || (tokens[m]?.kind === 'word' && tokens[m].cap)) return null;
  return tokens.slice(k + 1, m).map((t) => stripPossessive(t.lower)).join(' ');
}
/** Most words of a place after "of" ("of New South Wales"). */
const MAX_PLACE_WORDS = 3;
/** Most words of an article, describing words and a title head ("a veteran climate policy analyst"). */
const MAX_DESCRIBED_TITLE_WORDS = 5;
/** Most words of an organisation's or a place's name before a lower-case title ("European Union climate commissioner"). */
const MAX_BODY_WORDS = 4;

/** Is this segment a title and then a personal name ("former Varian president Ola Bankole")? */
function titledNameSegment(seg: Token[]): boolean {
  const { title, name } = splitTitle(seg);
  return title.some((t) => isTitleHead(t.lower)) && title.every((t) => t.kind === 'word' && (t.cap || isTitleWord(t))) && isNameSegment(withoutHonorifics(name));
}

/** A segment set off after a name that is an age or a party-and-place tag ("45", "R-Texas"), no apposition. */
const isNameTag = (seg: readonly Token[]): boolean => seg.length === 1 && (/^\d{1,3}$/.test(seg[0].text) || AFFILIATION_TAG.test(seg[0].text));

/** A name without the honorifics before it ("Dr", "Sir"), keeping one word at least. */
function withoutHonorifics(name: Token[]): Token[] {
  let k = 0;
  while (k < name.length - 1 && HONORIFICS.has(name[k].lower)) k++;
  return name.slice(k);
}

/** Do the tokens from `k` run on, a listed organisation's name, to its head ("Pharmacists and Dentists Union")? */
function listedName(tokens: readonly Token[], k: number): boolean {
  let and = false;
  for (let m = k; m < tokens.length && m - k <= MAX_NAME_LIST; m++) {
    const t = tokens[m];
    if (t.lower === 'and') { and = true; continue; }
    if (t.text === ',') continue;
    // (People listed, "Ana Lee, Tom Reyes and union leader …", are no organisation's name.)
    if (t.kind !== 'word' || !t.cap || FIRST_NAMES.has(t.lower)) return false;
    if (ORG_HEADS.has(t.lower)) return and && m > k;
  }
  return false;
}
/** Most tokens of the rest of a listed organisation's name after a comma. */
const MAX_NAME_LIST = 8;

/** The first words of the verbs of taking on a post, to skip most words at once. */
const BECOMING_FIRST_WORDS: ReadonlySet<string> = new Set(BECOMING_VERBS.map((v) => v[0]));

/**
 * "Since Rita Moss took over as minister of finance": a name, a verb of taking on a post, and the
 * title (up to a time or date after it: "was elected party leader in 2019").
 */
function becomingFacts(seg: Token[], facts: PersonFact[], least = MIN_NAME_WORDS): void {
  for (let k = 1; k < seg.length; k++) {
    // "Ana Ruiz heads the dockers' union": a verb of leading, then what is led.
    const leads = ROLE_VERBS.get(seg[k].lower);
    if (leads && DETERMINERS.has(seg[k + 1]?.lower ?? '')) {
      const named = trailingName(seg.slice(0, k), least);
      let end = k + 1;
      while (end < seg.length && !DATE_OPENERS.has(seg[end].lower)) end++;
      // (What is led is a body, its noun before any preposition but "of": "runs the risk", "runs a cafe
      // on Fifth Street", "leads the talks for the union" are no posts.)
      let head = k + 1;
      while (head < end && !(TITLE_PREPOSITIONS.has(seg[head].lower) && seg[head].lower !== 'of')) head++;
      const body = seg.slice(k + 1, head).some((t) => t.cap || ORG_HEADS.has(stripPossessive(t.lower)));
      if (named && body && end - k - 1 <= MAX_ROLE_CLAUSE) facts.push({ name: named, parts: nameParts(named), role: join(seg.slice(k, end)) });
      return;
    }
    if (!BECOMING_FIRST_WORDS.has(seg[k].lower)) continue;
    const verb = BECOMING_VERBS.find((v) => wordsAt(seg, k, v));
    if (!verb) continue;
    // ("Ruiz is the general secretary of …": a surname alone will do as the sentence's first word, with
    // a post held now — "Dahl served as Holm's deputy" tells a former one.)
    const now = PRESENT_BECOMING.has(verb.join(' '));
    const named = trailingName(seg.slice(0, k)) ?? (now && k === 1 && seg[0].cap && !isStopCapitalised(seg[0]) ? trailingName(seg.slice(0, 1), 1) : null);
    let end = k + verb.length;
    // (The post ends before its date: "in 2019", "last year".)
    while (end < seg.length && !(TITLE_PREPOSITIONS.has(seg[end].lower) && (/^\d/.test(seg[end + 1]?.text ?? '') || (!!seg[end + 1] && isStopCapitalised(seg[end + 1])))) && !DATE_OPENERS.has(seg[end].lower)) end++;
    const title = seg.slice(k + verb.length, end);
    if (named && title.length && isTitlePhrase(title)) facts.push({ name: named, parts: nameParts(named), role: titleText(title) });
    return;
  }
}

/** Verbs of holding a post now, after which a surname alone names its holder ("Ruiz is the chair of …"). */
const PRESENT_BECOMING: ReadonlySet<string> = new Set(['is', 'is also', 'serves as', 'remains']);

/** Words that open the date after a post taken on ("became president last year"). */
const DATE_OPENERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier', 'since', ...DAYS]);

/** An organisation the text names with its acronym in brackets ("the Hotel Workers Union (HWU)"). */
export interface AcronymFact {
  name: Token[];
  acronym: string;
}

/**
 * Is word `i` an "of" or "and" inside an organisation's name: "of" right after an organisation's head
 * ("Communications Workers of America"), "and" after such an "of" ("Alliance of Film and Television …")?
 */
function orgNameJoiner(words: readonly Token[], i: number): boolean {
  const ofAfterHead = (j: number): boolean => j > 0 && words[j].lower === 'of' && isOrgName([words[j - 1].text]);
  if (words[i]?.lower === 'of') return ofAfterHead(i);
  return words[i]?.lower === 'and' && words.slice(0, i).some((_, j) => ofAfterHead(j));
}

/** Do the capitalised words from `k` end in an organisation's head ("Television Producers", "Aerospace Workers")? */
function orgHeadEnds(tokens: readonly Token[], k: number): boolean {
  let e = k;
  while (tokens[e]?.kind === 'word' && tokens[e].cap && !isStopCapitalised(tokens[e])) e++;
  return e > k && !tokens.slice(k, e).some((w) => FIRST_NAMES.has(w.lower)) && isOrgName([tokens[e - 1].text]);
}

/** Can this word join the capitalised words of an organisation's name ("of", "and")? */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', '&']);

/**
 * Organisations defined with an acronym in brackets: the capitalised words before "(ACR)" whose
 * initials spell it ("University and College Union (UCU)", "Council of Governors (CoG)"). A title
 * ("Public Relations Officer (PRO)") is a post, not an organisation, and is left out.
 */
export function acronymFacts(tokens: Token[]): AcronymFact[] {
  const found: AcronymFact[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!parenthesisedAt(tokens, k)) continue;
    const acronym = tokens[k + 1].text;
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    if (letters.length < 2 || !/^\p{Lu}/u.test(acronym)) continue;
    // Walk back over the name's words, as far as its initials go.
    let start = k;
    let initials = '';
    for (let i = k - 1; i >= 0 && k - i <= MAX_ORG_NAME_WORDS; i--) {
      const t = tokens[i];
      if (t.kind !== 'word') break;
      if (NAME_JOINERS.has(t.lower)) continue;
      if (!t.cap || isStopCapitalised(t)) break;
      initials = t.text[0] + initials;
      start = i;
      if (initials === letters) break;
    }
    const name = tokens.slice(start, k);
    if (initials !== letters || TITLE_HEADS.has(name[name.length - 1].lower)) continue;
    found.push({ name, acronym });
  }
  return found;
}

/** Endings of a describing word before an occupation ("political", "economic", "senior"). */
const DESCRIBING_ENDING = /(?:al|ic|ary|ive|ior)$/;

/**
 * The noun for what a person does right before the name at `k` ("economist | Mia Holt"), with one
 * describing word before it ("political scientist"; capitalised only where it opens the sentence); else null.
 */
function occupationBefore(tokens: Token[], k: number): Token[] | null {
  const noun = tokens[k - 1];
  const d = tokens[k - 2];
  // ("Conservative backbencher Sir Ian Moss": a noun for what someone does that no list has, after a
  // capitalised word or a determiner.)
  const agent = !!noun && isAgentNoun(noun.lower) && !!d && d.kind === 'word' && ((d.cap && !isStopCapitalised(d)) || DETERMINERS.has(d.lower));
  if (!noun || noun.kind !== 'word' || noun.cap || !(isOccupation(noun.lower) || agent)) return null;
  // ("Labour historian Ilse Varn": a lone capitalised word before the occupation describes it too.)
  // ("season-ticket holder Ana Ruiz", "long-serving nurse …": so does a lower-case compound joined by a hyphen.)
  // ("…, retired nurse Joan Parry,": so does a participle that opens the phrase, after a comma or a determiner, never a verb's "added economist …".)
  const before = tokens[k - 3];
  const participle = !!d && /^\p{Ll}+ed$/u.test(d.text) && (!before || before.kind !== 'word' || DETERMINERS.has(before.lower));
  const describes = !!d && d.kind === 'word' && (d.cap ? (DESCRIBING_ENDING.test(d.lower) && k - 2 === 0) || loneCapitalised(tokens, k - 2) : DESCRIBING_ENDING.test(d.lower) || /^\p{Ll}+-\p{Ll}+$/u.test(d.text) || participle);
  // "Opposition education critic Marit Olsen": a lone capitalised word, a noun, then the occupation.
  if (!describes && d?.kind === 'word' && /^\p{Ll}+$/u.test(d.text) && !DETERMINERS.has(d.lower) && k >= 3 && loneCapitalised(tokens, k - 3)) return [tokens[k - 3], d, noun];
  // ("said crane operator Luis Reyes", "the bus driver Ana Lee": a plain noun between a verb of saying or a
  // determiner and the occupation says what kind.)
  const kind = !describes && !!d && !!before && /^\p{Ll}+$/u.test(d.text) && !DETERMINERS.has(d.lower) && !isVerbish(d) && !/ly$/.test(d.lower) && (VERB_FORMS.has(before.lower) || DETERMINERS.has(before.lower));
  return describes || kind ? [d, noun] : [noun];
}

/** Prepositions after which a lower-case word and a title head before a name are one title ("an ally of | conservative leader | Ana Brandt"). */
const MODIFIED_TITLE_AFTER: ReadonlySet<string> = new Set(['of', 'for', 'with', 'by', 'to', 'from']);

/** Is this word one that names a firm or a body ("motors", "dynamics", "airlines", "union"), never a surname? */
const namesFirm = (lower: string): boolean => (FIRM_NAME_WORDS.has(lower) || ORG_HEADS.has(lower)) && !FIRST_NAMES.has(lower);

/** Is token `k` a capitalised word standing alone (no capitalised word before it), not a function word ("Opposition")? */
const loneCapitalised = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].kind === 'word' && tokens[k].cap && !isStopCapitalised(tokens[k]) && !isPossessive(tokens[k]) && !(tokens[k - 1]?.kind === 'word' && tokens[k - 1].cap);

/**
 * Where the name of an organisation or a place that ends at token `end` starts ("European Union",
 * "Hong Kong"): capitalised words, no more than a name's, none before them; else -1.
 */
function namedBodyStart(tokens: readonly Token[], end: number): number {
  let s = end;
  while (s >= 0 && tokens[s].kind === 'word' && tokens[s].cap && !isStopCapitalised(tokens[s]) && !isPossessive(tokens[s]) && end - s < MAX_BODY_WORDS) s--;
  if (s === end || (s >= 0 && tokens[s].kind === 'word' && tokens[s].cap)) return -1;
  const words = tokens.slice(s + 1, end + 1);
  return words.length >= 2 && (isOrgName(words.map((w) => w.text)) || PLACES.has(words.map((w) => w.lower).join(' '))) && !words.some((w) => FIRST_NAMES.has(w.lower)) ? s + 1 : -1;
}

/** May the initial that ends `run` be part of a name: first in it, or after a title, an honorific, a first name or another initial? */
function initialInName(run: Token[]): boolean {
  const before = run[run.length - 2];
  return !before || isTitleWord(before) || HONORIFICS.has(before.lower) || FIRST_NAMES.has(before.lower) || /^\p{Lu}$/u.test(before.text);
}

/** Do lower-case title words from `k` on lead to a capitalised word ("union chair | Ann Obi"), not to a verb ("spokesman | said")? */
function nameAfterTitleWords(tokens: Token[], k: number): boolean {
  while (tokens[k] && tokens[k].kind === 'word' && !tokens[k].cap && isTitleWord(tokens[k])) k++;
  return !!tokens[k]?.cap;
}

/** Forms of "say" that report speech after their subject. */
const SAY_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);

/** Does the sentence open with "Said" and a capitalised word, with no other form of "say" after them? */
function invertedSaidAt(tokens: Token[]): boolean {
  return tokens[0]?.text === 'Said' && !!tokens[1]?.cap && !tokens.some((t, i) => i > 0 && t.kind === 'word' && SAY_FORMS.has(t.lower));
}

/** Every "Title Name", apposition and two-word name in one sentence's tokens, in order. */
export function personFacts(tokens: Token[]): PersonFact[] {
  const facts: PersonFact[] = [];
  // ("Said Ruiz, when asked about it: “…”": a sentence opening with "Said" and a name, with no other
  // verb of saying, is the verb and its speaker inverted; "Said" starts no name.)
  let k = invertedSaidAt(tokens) ? 1 : 0;
  while (k < tokens.length) {
    const t = tokens[k];
    // ("Then John Carter took the floor": a capitalised adverb that may modify a title, "then", opens no run before a name.)
    const adverb = t.cap && isStopCapitalised(t) && !isTitleHead(t.lower) && !!tokens[k + 1]?.cap && !isTitleWord(tokens[k + 1]);
    const startsRun = t.kind === 'word' && !adverb && ((t.cap && !isStopCapitalised(t)) || isTitleWord(t) || HONORIFICS.has(t.lower));
    if (!startsRun) { k++; continue; }
    // "another dairy leader Rosa Imbert", "the union leader": a lower-case noun between a determiner
    // and a lower-case title head belongs to the title.
    const modifier = tokens[k - 1];
    const modified = !t.cap && isTitleHead(t.lower) && !!modifier && modifier.kind === 'word' && !modifier.cap && /^\p{Ll}+$/u.test(modifier.text)
      && !DETERMINERS.has(modifier.lower) && !!tokens[k - 2] && (DETERMINERS.has(tokens[k - 2].lower) || loneCapitalised(tokens, k - 2) || (MODIFIED_TITLE_AFTER.has(tokens[k - 2].lower) && canDescribe(modifier)));
    // "Opposition education critic Marit Olsen": a lone capitalised word before the noun is the title's too.
    // ("Hamas political bureau member Basem Naim": so are two lower-case words after one.)
    const twoWords = !t.cap && isTitleHead(t.lower) && k >= 3 && [tokens[k - 1], tokens[k - 2]].every((w) => w.kind === 'word' && /^\p{Ll}+$/u.test(w.text) && !DETERMINERS.has(w.lower) && !isVerbish(w) && !/(?:ed|ly)$/.test(w.lower)) && loneCapitalised(tokens, k - 3);
    // ("European Union climate commissioner Wopke Hoekstra": an organisation's or a place's name before them is the title's too.)
    const body = !t.cap && isTitleHead(t.lower) && !modified && !twoWords && k >= 3 && tokens[k - 1].kind === 'word' && /^\p{Ll}+$/u.test(tokens[k - 1].text) && !DETERMINERS.has(tokens[k - 1].lower) && !isVerbish(tokens[k - 1]) ? namedBodyStart(tokens, k - 2) : -1;
    const lead = body >= 0 ? k - body : twoWords ? 3 : modified && tokens[k - 2].cap ? 2 : modified ? 1 : 0;
    const runStart = k - lead;
    let e = k;
    const run: Token[] = tokens.slice(runStart, k);
    while (e < tokens.length) {
      const u = tokens[e];
      if (parenthesisedAt(tokens, e) && run.length && (tokens[e + 3]?.cap || (tokens[e + 3] && isTitleWord(tokens[e + 3])))) {
        // "Council of Governors (CoG) chair Ann Obi": an acronym in brackets inside a title.
        run.push(tokens[e], tokens[e + 1], tokens[e + 2]);
        e += 3;
        continue;
      }
      // "committee chair Dr. Emeka Obi": an honorific's period ends no run.
      // So does an initial's ("Dr. K. Ramesh Rao").
      // ("Plan B. Ana Lee said": not after a word that is no first name, title or initial.)
      if (u.text === '.' && run.length && (HONORIFICS.has(run[run.length - 1].lower) || (isInitialPeriod(tokens, e) && initialInName(run))) && tokens[e + 1]?.cap) {
        e++;
        continue;
      }
      // ("Medical Practitioners, Pharmacists and Dentists Union secretary-general Ana Obi": a list inside an organisation's name.)
      if (u.text === ',' && run.length && run[run.length - 1].cap && !run.some((w) => FIRST_NAMES.has(w.lower)) && listedName(tokens, e + 1)) {
        run.push(u);
        e++;
        continue;
      }
      if (u.kind !== 'word') break;
      const afterTitle = run.length > 0 && TITLE_HEADS.has(run[run.length - 1].lower);
      // "V5 leader and likely prime minister Eva Brink": two titles of one person.
      const secondTitle = u.lower === 'and' && afterTitle ? titleHeadAhead(tokens, e + 1, true) : -1;
      // "Ambassador to the United Nations Paul Hart": a complement up to the name.
      const complement = afterTitle && TITLE_PREPOSITIONS.has(u.lower) ? complementEnd(tokens, e) : -1;
      const through = Math.max(secondTitle, complement);
      if (through > 0) {
        run.push(...tokens.slice(e, through + 1));
        e = through + 1;
        continue;
      }
      // ("Teamsters Local 986 secretary-treasurer Mike Bell": a branch's number inside a title.)
      const branchNumber = /^\d+$/.test(u.text) && run.length > 0 && run[run.length - 1].cap && tokens[e + 1]?.kind === 'word' && isTitleWord(tokens[e + 1]) && titleHeadAhead(tokens, e + 1, false) > 0;
      const ok = branchNumber || (u.cap && (!isStopCapitalised(u) || (afterTitle && tokens[e + 1]?.cap))) || isTitleWord(u) || HONORIFICS.has(u.lower)
        || (u.lower === 'of' && afterTitle && !!tokens[e + 1]?.cap)
        // ("the Communications Workers of America", "the Brotherhood of Rail Workers": "of" after an
        // organisation's head, before capitalised words, is inside its name.)
        || (u.lower === 'of' && orgNameJoiner([...run, u], run.length) && !!tokens[e + 1]?.cap && !isStopCapitalised(tokens[e + 1]) && !run.some((w) => TITLE_HEADS.has(w.lower) || FIRST_NAMES.has(w.lower)))
        // ("the Alliance of Film and Television Producers": so is "and" after that "of", before words ending in another head.)
        || (u.lower === 'and' && orgNameJoiner([...run, u], run.length) && orgHeadEnds(tokens, e + 1))
        // "Council of Governors chair Ann Obi", "Fisheries and Oceans Minister Dale Peck": an
        // organisation's name with "of" or "and" inside a title before a name.
        || ((u.lower === 'of' || u.lower === 'and') && run.length > 0 && run[run.length - 1].cap && !run.some((w) => TITLE_HEADS.has(w.lower)) && tokens[runStart - 1]?.lower !== 'of'
          && !!tokens[e + 1]?.cap && !(u.lower === 'and' && NATIONALITIES.has(tokens[e + 1]?.lower ?? '')) && titleHeadAhead(tokens, e + 1, false) > 0);
      if (!ok) break;
      run.push(u);
      e++;
      // A possessive ends a name ("Hale’s successor") unless a title follows ("Farmers' union chair",
      // "Serbia's President Ivo Kral").
      // ("Transport Secretary Lucy Crane's spokesman said": a title no name follows is the owner's aide, no part of a name.)
      if (isPossessive(u) && !(tokens[e] && !tokens[e].cap && isTitleWord(tokens[e]) && nameAfterTitleWords(tokens, e)) && titleHeadAhead(tokens, e, false) < 0) break;
    }
    k = Math.max(e, k + 1);
    if (!run.length) continue;
    // "the Farmers' Party", "Women's League": a possessive inside a proper name, not a person.
    const end = run[run.length - 1];
    if (isPossessive(end) && (/s[’']$/.test(end.text) || tokens[e]?.cap)) continue;
    // "Pennsylvania Gov. Ruth Carrington": words up to an abbreviated title are its place, not a name.
    if (tokens[e]?.text === '.' && TITLE_ABBREVIATIONS.has(end.lower)) continue;
    const split = splitTitle(run);
    // ("General Motors", "General Dynamics": a title before one word of a firm's name is no person's title; the words name the firm.)
    if (split.title.length === 1 && split.name.length === 1 && run.length === 2 && namesFirm(split.name[0].lower)) {
      facts.push({ name: run, parts: nameParts(run), organisation: true });
      continue;
    }
    const title = split.title;
    let name = split.name;
    // ("the United Auto Workers union reached …": an organisation's name, then what it is in lower case.)
    const caps = run.findIndex((w) => !w.cap);
    if (!title.length && caps >= 2 && run.slice(caps).every((w) => !w.cap && ORG_HEADS.has(w.lower)) && isOrgName(run.slice(0, caps).map((w) => w.text))) {
      facts.push({ name: run.slice(0, caps), parts: nameParts(run.slice(0, caps)), organisation: true });
      continue;
    }
    // "Sir Keir Starmer", "Ms Grace Nolan": the honorific is not part of the name.
    name = withoutHonorifics(name);
    // ("Anna Berg SPD said": a party's or body's acronym glued after a full name is where the person is
    // from, no part of the name, as the mention reads it.)
    const glued = title.length ? null : gluedAcronym(name);
    if (glued) {
      name = name.slice(0, -1);
      facts.push({ name, parts: nameParts(name), role: glued.text });
      continue;
    }
    // "Norway's Ola Brekke": the possessive before a full name says whose; it is not the name.
    while (name.length > 2 && isPossessive(name[0])) name = name.slice(1);
    // "Nurse Ana Lee, who …", "Parent Jo Hart said": a noun for a person, capitalised only because it
    // opens the sentence, before a first name is what the person is, not part of the name.
    let opener: Token | null = null;
    if (!title.length && runStart === 0 && opensWithWhatTheyDo(name)) {
      opener = name[0];
      name = name.slice(1);
    }
    // ("Communications Workers of America": "of" inside an organisation's name.)
    const nameWords = name.filter((w, i) => isNameWord(w) || (i < name.length - 1 && orgNameJoiner(name, i)));
    if (nameWords.length !== name.length || !name.length) continue;
    // "NORTH HARBOUR –", "VALMORA —": words in capitals are a dateline or an acronym, never a person's name.
    if (name.every((w) => isAllCaps(w.text))) continue;
    if (isOrgName(name.map((w) => stripPossessive(w.text)))) {
      if (name.length >= 2 && !title.length) facts.push({ name, parts: nameParts(name), organisation: true });
      continue;
    }
    // ("the Institute for Economic Research", "the Centre for Policy Studies": the words after an
    // organisation's head and its preposition are the rest of its name, no person's.)
    const orgHead = tokens[runStart - 2];
    if (!title.length && TITLE_PREPOSITIONS.has(tokens[runStart - 1]?.lower ?? '') && orgHead?.cap && ORG_HEADS.has(orgHead.lower)) continue;
    // ("Minister for Rural and Community Development": the end of a portfolio after "and" is no name.)
    if (!title.length && tokens[runStart - 1]?.lower === 'and' && tokens[runStart - 2]?.cap && PORTFOLIO_ENDING.test(name[name.length - 1].lower)) continue;
    // "Speaking on Match Night, Hale said": the name after "on" and a verb of speaking or appearing is a programme's.
    if (!title.length && tokens[runStart - 1]?.lower === 'on' && ON_AIR_VERBS.has(tokens[runStart - 2]?.lower ?? '')) continue;
    const honorific = run.some((w) => HONORIFICS.has(w.lower));
    const gender = genderOf(run);
    // "Sen. Ruth Alder", "Gov. Ben Carr": an abbreviated title, cut off by its period.
    const abbreviated = !title.length && tokens[runStart - 1]?.text === '.' && TITLE_ABBREVIATIONS.has(tokens[runStart - 2]?.lower ?? '') ? abbreviatedTitle(tokens, runStart - 2) : null;
    const occupation = name.length >= 2 ? occupationBefore(tokens, runStart) : null;
    // ("director of the Climate Hub": capitalised words after "the", with no title, name no person.)
    const afterThe = DEFINITE_DETERMINERS.has(tokens[runStart - 1]?.lower ?? '');
    if (abbreviated) {
      facts.push({ name, parts: nameParts(name), role: abbreviated, ...(gender && { gender }) });
    } else if (title.length && title.some((w) => isTitleHead(w.lower)) && !isPossessive(title[title.length - 1])) {
      const from = placeAfterName(tokens, e);
      facts.push({ name, parts: nameParts(name), role: titleText(title.filter((w) => !HONORIFICS.has(w.lower))), ...(gender && { gender }), ...(from && { affiliation: from }) });
    } else if (opener) {
      facts.push({ name, parts: nameParts(name), role: opener.text, ...(gender && { gender }) });
    } else if (occupation) {
      // "said economist Mia Holt", "Political scientist Ada Lind of …": what the person does.
      facts.push({ name, parts: nameParts(name), role: titleText(occupation), ...(gender && { gender }) });
    } else if (honorific || (name.length >= 2 && !namesPlace(name) && !afterThe)) {
      facts.push({ name, parts: nameParts(name), ...(gender && { gender }), ...(honorific && { honorific }) });
    }
  }
  appositionFacts(tokens, facts);
  return facts;
}

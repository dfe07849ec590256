import { endsUnmarked } from '../1-segment/marks';
import { isDash, isPossessive, nameLength, openingBracket, stripPossessive, withoutPossessive, type Token } from '../1-segment/tokens';
import { ACCESS_VERBS, ADJUNCT_PREPOSITIONS, ASSERTIVE_ADJECTIVES, COPULAR_SPEECH_NOUNS, COPULAS, ANONYMITY_REQUESTS, APPOSITION_ARTICLES, APPOSITION_PREPOSITIONS, BARE_PARTICIPLES, CONTENT_BLOCKERS, COORDINATORS, DOCUMENT_SOURCES, FINITE_VERBS, HEADLINE_LABELS, GROUP_PLACE_PREPOSITIONS, ISSUING_VERBS, NOMINAL_CUES, NOUN_MARKERS, PARENTHETICAL_ADVERBS, PROPOSITION_NOUNS, propositionAt, NON_FINITE_MARKERS, PARTICIPLE_OPENERS, PERIOD_WORDS, PROGRESSIVE_AUXILIARIES, RELATIVES, SOURCE_PHRASE_STARTS, SOURCE_PHRASES, TIME_WORDS, TITLE_SMALL_WORDS, VERB_FORMS, VERB_LEMMAS, type VerbEntry } from './cueWords';
import { doneToStart, isAttemptTo, isProspectiveTo, looksLikeClause, skipLeftAdjuncts } from './adjuncts';
import { abbreviatedTitleAt, GROUP_QUANTIFIERS, HEADS, isAnotherOne, isApposition, isFinite, wordsAt, isBoundary, isComma, isInitialPeriod, isPronoun, isQuote, isVerbish, isWord, quoteEndsInComma, leftPhrase, namesSomebody, npToken, opensNegative, rightPhrase } from './phrases';
import { AFFILIATION_TAG, DETERMINERS, PREPOSITIONS, DOCUMENT_HEADS, FIRST_NAMES, HONORIFICS, IRREGULAR_PAST, ISSUED_BY, isOccupation, isOnePersonNoun, isPastForm, isPeopleHead, isPeoplePlural, isPluralTitle, NAME_SUFFIXES, ORG_HEADS, PARTY_MEMBER_NOUNS, PLACES, PRONOUNS, isStopCapitalised, TITLE_HEADS, TITLE_MODIFIERS } from '../words/words';
import { MAX_AGENT_WORDS, MAX_ABSOLUTE_SUBJECT, MAX_BRACKETED, MAX_AFFILIATION_WORDS, MAX_APPOSITION_HOPS, MAX_DESCRIPTION_WORDS, MAX_NAME_WORDS, MAX_ORG_WORDS, MAX_PLACE_WORDS, MAX_POST_APPOSITION, NAMED_OBJECT_REACH, PAIR_REACH, NAMED_QUOTE_REACH, NEEDS_REACH, WHAT_CLAUSE_REACH } from './windows';

/** A reporting verb in a sentence, with the phrase that names who speaks. */
export interface Cue {
  /** The verb token ("said", "warned"), its index in the sentence's tokens, and its lemma. */
  verb: Token;
  at: number;
  lemma: string;
  /** How the verb behaves, from the lexicon. */
  entry: VerbEntry;
  /** The tokens naming the source; null when the source is inherited from the sentence. */
  source: Token[] | null;
  /** How the source was found. */
  side: 'left' | 'right' | 'inherit';
  /** Title phrases set off by commas beside the source (", the EU's top diplomat,"). */
  appositions: Token[][];
  /** Token indexes covering source, verb and what hangs on the verb. */
  from: number;
  to: number;
  /** Where the clause of an absolute construction starts (the comma before "with"), which ends an earlier cue's content. */
  opensAt?: number;
  /**
   * A noun of speech as the sentence's subject ("His call for a ceasefire went unanswered", "The
   * ministry's statement that talks would resume surprised analysts"): its words end before the
   * sentence's own verb, the first finite verb after them, or the second after "that".
   */
  subjectNominal?: 'first' | 'second';
}

/**
 * Where the subject of an absolute construction before the participle at `i` starts (", with the
 * union's head, Rui Costa, warning"), or -1: "with" opening the sentence or after a comma, then
 * noun-phrase words and commas only.
 */
function absoluteSubject(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= MAX_ABSOLUTE_SUBJECT; k--) {
    const t = tokens[k];
    if (t.kind === 'word' && t.lower === 'with') return (k === 0 || isComma(tokens[k - 1])) && k < i - 1 ? k + 1 : -1;
    // "…, with his agent accusing the board of “disrespect” and the club insisting …": a second
    // absolute construction joined by "and" after a quotation.
    if (t.kind === 'word' && t.lower === 'and' && k < i - 1 && isQuote(tokens[k - 1]) && absoluteBefore(tokens, k - 1)) return k + 1;
    // ("…, with the Harbour Medical Association (HMA) accusing …": an acronym in brackets is part of the subject.)
    const bracket = t.text === '(' || t.text === ')';
    if (t.kind === 'quote' || (t.kind === 'punct' && !isComma(t) && !isInitialPeriod(tokens, k) && !bracket) || (t.kind === 'word' && isVerbish(t))) return -1;
  }
  return -1;
}

/** Is there an absolute construction (", with …") in the words before token `k`? */
function absoluteBefore(tokens: Token[], k: number): boolean {
  for (let m = k - 1; m >= 0; m--) if (tokens[m].kind === 'word' && tokens[m].lower === 'with' && (m === 0 || isComma(tokens[m - 1]))) return true;
  return false;
}

/** Does "what" open the naming verb's clause ("what the union calls a lockout in all but name"): its object is what is named? */
function namedAfterWhat(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= WHAT_CLAUSE_REACH; k--) {
    if (tokens[k].kind !== 'word') return false;
    // A sentence opening with "What X called …" makes it the subject of a verb to come, not a naming.
    if (tokens[k].lower === 'what') return k > 0 && k < i - 1;
  }
  return false;
}

/** Words after which a verb's plain form is a verb, not a noun ("we vow", "will pledge", "to demand", "did not promise"). */
const PLAIN_FORM_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'also', 'did', 'do', 'never', 'always', 'often', 'now', 'all', 'both', 'jointly', 'again', 'and', 'or']);

/** Forms of "be" that make a participle after them passive. */
const BE_PASSIVE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are']);

/**
 * A reporting verb at token `i` and the last token of its verb phrase, or null when `i` is not one;
 * for a participle, where the subject of its absolute construction starts (else -1), and the person
 * right before it who speaks in it (`owner`: "a fan urging").
 */
function verbAt(tokens: Token[], i: number): { entry: VerbEntry; verbEnd: number; participle: boolean; absolute: number; byAgent?: boolean; owner?: Token[] | null } | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const form = VERB_FORMS.get(t.lower);
  if (!form && !VERB_LEMMAS.has(t.lower)) return null;
  // ("went on to say", "was quick to point out that …": after a "to" whose verb was done all the same, the plain form is that verb.)
  const doneTo = doneToStart(tokens, i - 1) >= 0;
  const entry = form ?? (doneTo ? VERB_LEMMAS.get(t.lower) : undefined);
  if (!entry) return null;
  // ("sought to reassure farmers that …", "tried to explain that …": what one tries to assure or explain was said;
  // "sought to add a clause" adds nothing said.)
  if (isAttemptTo(tokens, i - 1) && !ATTEMPTED_SPEECH.has(entry.lemma)) return null;
  // "Member states said", "Press reports say": a verb form right before a reporting verb is a noun, its subject.
  const after = tokens[i + 1];
  if (after?.kind === 'word' && !after.cap && /s$/.test(t.lower) && VERB_FORMS.has(after.lower)) return null;
  let verbEnd = i;
  const prev = tokens[i - 1];
  // ("Farmers vow to …", "we pledge": a plain form is a verb after a plural or a modal; "Labour's election pledge to …" is a noun.)
  if (entry.plainNoun && t.lower === entry.lemma && isWord(prev) && !PLAIN_FORM_SUBJECTS.has(prev.lower) && !(/[^s]s$/.test(prev.lower) || isPeoplePlural(prev.lower))) return null;
  // "the Alliance of Small Island States": a capitalised verb form after a capitalised word is part of a name.
  if (t.cap && prev?.kind === 'word' && prev.cap) return null;
  // "said in a video posted online that": a participle after the noun of a prepositional phrase describes the noun.
  if (/ed$/.test(t.lower) && nounOfPrepositional(tokens, i - 1)) return null;
  // "described the union's demands as …", "their warnings": after an article or a possessive, a verb form is a noun.
  // ("Moody's said", "Sainsbury's warned": a past form after a capitalised possessive is a verb; the name ends in "'s".)
  if (prev?.kind === 'word' && (NOUN_MARKERS.has(prev.lower) || (isPossessive(prev) && !(prev.cap && isPastForm(t.lower) && !isWord(tokens[i - 2])))) && !anotherSpeaks(tokens, i)) return null;
  // ("the two demands put forth", "several warnings": after a number word, a verb form in -s is a plural noun;
  // not after figures, which may end a name: "Local 400 says".)
  if (prev?.kind === 'word' && /s$/.test(t.lower) && COUNTS.has(prev.lower)) return null;
  const progressive = !!prev && PROGRESSIVE_AUXILIARIES.has(prev.lower) && t.lower.endsWith('ing');
  // ("The minister is widely regarded as “a dealmaker”": an adverb between a form of "be" and a
  // participle of naming leaves it passive; whoever did the regarding goes unnamed.)
  const marker = prev && entry.contentAfter && /ed$/.test(t.lower) && /^\p{Ll}{3,}ly$/u.test(prev.text) && BE_PASSIVE.has(tokens[i - 2]?.lower ?? '') ? tokens[i - 2] : prev;
  // "has been described by one participant as …": a passive verb of naming with its agent, who speaks.
  // ("was rejected as “opportunistic” by the board": the agent after the quotation the verb names.)
  const agentAfterQuote = /ed$/.test(t.lower) && tokens[i + 1]?.lower === entry.contentAfter && isQuote(tokens[i + 2]) && tokens[i + 3]?.lower === 'by';
  // ("The board's response, dismissed by the union as “cosmetic”, …": so is a participle set off after what it names.)
  const byAgent = !!marker && marker.lower !== 'to' && (NON_FINITE_MARKERS.has(marker.lower) || isComma(marker)) && !!entry.contentAfter && /ed$/.test(t.lower) && (tokens[i + 1]?.lower === 'by' || agentAfterQuote);
  // "sabotaged the swap by adding names": a means, not speech ("ended by adding that …" still reports).
  if (entry.meansAsGerund && t.lower.endsWith('ing') && GERUND_PREPOSITIONS.has(prev?.lower ?? '') && tokens[i + 1]?.lower !== 'that') return null;
  // "stopped short of saying …": what was not said.
  if (prev?.lower === 'of' && tokens[i - 2]?.lower === 'short') return null;
  // ("refused to put anything in writing": a form in -ing after "in", with no object after it, is a noun;
  // "joined them in urging the board to …" keeps its verb.)
  const object = tokens[i + 1];
  if (prev?.lower === 'in' && t.lower.endsWith('ing') && (!object || object.kind !== 'word' || COORDINATORS.has(object.lower) || ADJUNCT_PREPOSITIONS.has(object.lower))) return null;
  // ("went on to say that …": a verb after "went on to" was said all the same.)
  if (marker && NON_FINITE_MARKERS.has(marker.lower) && !entry.sourceFollows && !progressive && !(entry.passive && marker.lower !== 'to') && !byAgent && !isProspectiveTo(tokens, i - 1) && !doneTo) return null;
  const participle = !entry.sourceFollows && !progressive && t.lower.endsWith('ing');
  const absolute = participle ? absoluteSubject(tokens, i) : -1;
  // ("“… fast,” adding that …": the comma may stand inside the closing mark.)
  // ("Farmers emerged from the meeting saying they …", "a statement warning that …": a reporting participle before a clause needs no comma.)
  // (After the sentence's own verb: "Signs warning drivers were posted" has none before it.)
  // ("issued a statement urging the unions to …": so does any after a document the subject put out,
  // whatever follows it; "the board's statement saying" is the board's, not the subject's.)
  const bare = prev?.kind === 'word' && ((BARE_PARTICIPLES.has(t.lower) && (tokens[i + 1]?.lower === 'that' || looksLikeClause(tokens, i + 1))) || (participle && issuedDocumentBefore(tokens, i)))
    && tokens.slice(0, i).some((x) => x.kind === 'word' && !x.cap && (FINITE_VERBS.has(x.lower) || IRREGULAR_PAST.has(x.lower) || /[^e]ed$/.test(x.lower)));
  // ("a post from a fan urging …": after a person who is someone's object, the participle is that person's.)
  const owner = participle && absolute < 0 ? reducedRelativeSubject(tokens, i) : null;
  if (participle && !(isComma(prev) || quoteEndsInComma(prev) || (prev && (COORDINATORS.has(prev.lower) || PARTICIPLE_OPENERS.has(prev.lower))) || absolute >= 0 || bare || owner)) return null;
  // "Rich nations accused of stalling": a verb that needs its object before its particle, with the
  // particle right after it, is a passive; who accused is not said.
  if (entry.withObject && entry.needs?.includes(tokens[i + 1]?.lower ?? '') && t.lower.endsWith('ed') && !PROGRESSIVE_AUXILIARIES.has(prev?.lower ?? '')) return null;
  // "who asked not to be named", "requested anonymity": a request not to be named says nothing.
  if (ANONYMITY_REQUESTS.some((p) => wordsAt(tokens, i + 1, p))) return null;
  // "rejected claims that …": "claims" is the claim answered, not a verb of its own.
  // ("pushed back against claims that …", "the claims that …": after a preposition or a determiner too.)
  if (prev && PROPOSITION_NOUNS.has(t.lower) && (VERB_FORMS.get(prev.lower)?.propositions || PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower))) return null;
  const needs = entry.needs;
  if (entry.onlyTagsQuote && !(quoteTagAt(tokens, i) && (!entry.documentTag || readsDocument(tokens, i)))) return null;
  const namesQuote = entry.quoteServesForNeed && (tokens.slice(i + 1, i + 1 + NAMED_QUOTE_REACH).some(isQuote) || namedAfterWhat(tokens, i));
  const answers = !!entry.propositions && propositionAt(tokens, i + 1) >= 0;
  if (entry.propositions && !needs?.length && !answers) return null;
  // ("called it a betrayal", "branded the offer an insult": the object and what it is named are the words.)
  const namesNoun = !!entry.namesWithNoun && predicateNounAt(tokens, i + 1);
  if (needs?.length && !namesQuote && !answers && !namesNoun && !(entry.tagsQuote && quoteTagAt(tokens, i))) {
    const needed = (x: Token): boolean => needs.includes(x.lower) || needs.includes(x.text);
    let k = i + 1;
    // A naming verb's object may be a longer noun phrase ("cited the old and much-disputed fishing quota as").
    const reach = entry.contentAfter ? NAMED_OBJECT_REACH : NEEDS_REACH;
    // A naming verb's object may be a list ("praising Norway, Chile, and Peru for").
    const inObject = (t: Token): boolean => t.kind === 'word' || (!!entry.contentAfter && isComma(t));
    while (k < tokens.length && k - i <= reach && !needed(tokens[k]) && inObject(tokens[k]) && (!entry.needsGap || entry.needsGap.includes(tokens[k].lower))) k++;
    if (!tokens[k] || !needed(tokens[k])) return null;
    if (entry.needsNext && k !== i + 1) return null;
    if (entry.needJoinsVerb) verbEnd = k;
  }
  const next = tokens[i + 1];
  // ("insisted on a timetable", but "insisted on Monday that …": a day after the particle makes it an adjunct;
  // "out" is no preposition, and "lashed out at the board" takes no day.)
  if (entry.particles?.includes(next?.lower ?? '') && next.lower !== 'that' && (next.lower === 'out' || !TIME_WORDS.has(tokens[i + 2]?.lower ?? ''))) verbEnd = i + 1;
  return { entry, verbEnd, participle, absolute, byAgent, owner };
}

/** Possessive pronouns of a person or a group ("in her words"). */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Object pronouns a verb of naming may name ("called it …"). */
const NAMED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that']);
/** Determiners that open a verb of naming's object ("called the offer …", "branded their plan …"). */
const NAMED_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those']);
/** Most words after the determiner of a named object ("the latest pay offer"). */
const MAX_NAMED_OBJECT_WORDS = 3;

/**
 * Does a verb of naming's object, then an indefinite noun phrase naming it, start at token `k` ("it |
 * a betrayal", "the offer | an insult to nurses"; not "the minister | a day later")?
 */
export function predicateNounAt(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || !isWord(first) || first.cap) return false;
  let m = k + 1;
  if (NAMED_DETERMINERS.has(first.lower)) {
    while (m < tokens.length && m - k <= MAX_NAMED_OBJECT_WORDS && isWord(tokens[m]) && !tokens[m].cap && tokens[m].lower !== 'a' && tokens[m].lower !== 'an') m++;
    if (m === k + 1) return false;
  } else if (!NAMED_PRONOUNS.has(first.lower)) return false;
  const article = tokens[m]?.lower;
  const noun = tokens[m + 1];
  return (article === 'a' || article === 'an') && !!noun && isWord(noun) && !TIME_WORDS.has(noun.lower) && !PERIOD_WORDS.has(noun.lower) && !COUNTS.has(noun.lower);
}

/** Does an indefinite document end right before token `i`, perhaps with its day ("a statement | urging", "a letter on Monday | demanding")? */
function issuedDocumentBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (TIME_WORDS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'on') k -= 2;
  const doc = tokens[k];
  const article = tokens[k - 1]?.lower ?? '';
  return !!doc && DOCUMENT_HEADS.has(doc.lower) && (article === 'a' || article === 'an');
}

/** Most lower-case words between a document's owner and the document ("the board's | most recent | statement"). */
const MAX_DOCUMENT_MODIFIERS = 3;

/** Numbers and quantities before a plural noun ("two demands", "several warnings"). */
const COUNTS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'few', 'dozens', 'hundreds', 'thousands', 'numerous']);

/** Prepositions before an -ing form that make it a means or an act ("by adding", "without adding"). */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'without', 'after', 'before', 'of', 'for', 'from']);

/** Prepositions after which a person named before a participle is its subject ("a post from | a fan | urging"). */
const REDUCED_RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by']);

/**
 * The person right before the participle at `i` who speaks in it: one introduced by "a" or after
 * "from"/"by" ("a fan urging", "a letter from Ana Lee demanding"); else null.
 */
function reducedRelativeSubject(tokens: Token[], i: number): Token[] | null {
  const before = tokens[i - 1];
  if (!isWord(before) || isPronoun(before)) return null;
  // ("the board's latest statement saying …": whose document it is speaks in it.)
  if (DOCUMENT_HEADS.has(before.lower)) {
    let k = i - 2;
    while (k >= 0 && i - 2 - k < MAX_DOCUMENT_MODIFIERS && isWord(tokens[k]) && !tokens[k].cap && !isPossessive(tokens[k])) k--;
    if (k < 0 || !isPossessive(tokens[k])) return null;
    let m = k;
    while (m > 0 && npToken(tokens[m - 1]) && !isPossessive(tokens[m - 1])) m--;
    // ("the farm union’s statement": describing words back to a determiner belong to the owner too.)
    for (let d = m - 1; d >= 0 && k - d <= MAX_DOCUMENT_MODIFIERS + 1 && isWord(tokens[d]) && !isPossessive(tokens[d]); d--) {
      if (DETERMINERS.has(tokens[d].lower)) { m = d; break; }
      if (tokens[d].cap || /(?:ed|ly)$/.test(tokens[d].lower) || VERB_FORMS.has(tokens[d].lower) || FINITE_VERBS.has(tokens[d].lower)) break;
    }
    // (The owner speaks as "the farm union", never "the farm union’s".)
    const owner = [...tokens.slice(m, k), withoutPossessive(tokens[k])];
    return namesSomebody(owner) ? owner : null;
  }
  const np = leftPhrase(tokens, i - 1, 0);
  if (!np.length || !namesSomebody(np)) return null;
  const head = np[np.length - 1];
  const person = head.cap ? !isStopCapitalised(head) : isPeopleHead(head.lower);
  const introduced = ['a', 'an'].includes(np[0].lower) || REDUCED_RELATIVE_PREPOSITIONS.has(tokens[i - 1 - np.length]?.lower ?? '');
  return person && introduced && i - np.length > 0 ? np : null;
}

/** Most words of a speaker phrase before a colon and a quotation ("Union chief Ana Lee: “…”"). */
const MAX_COLON_SPEAKER = 6;

/**
 * "Ana Lee: “We will not back down”", "Union chief: “…”": a sentence that opens with nothing but a
 * speaker phrase, then a colon and a quotation, is that speaker's (a headline's form); else null.
 */
function colonSpeaker(tokens: Token[]): Cue | null {
  const k = tokens.findIndex((t) => t.text === ':');
  // ("Union chief: We will not back down": a headline's words need no quotation marks after a speaker
  // phrase that says what it is; a lone word such as "Brexit:" may be a topic.)
  const last = tokens[tokens.length - 1];
  const headline = !!last && endsUnmarked(last.text) && !tokens.some(isQuote);
  // ("Ashdown (on the strike): “…”": a bracketed aside before the colon says what the words were about.)
  const aside = tokens[k - 1]?.text === ')' && isQuote(tokens[k + 1]) ? openingBracket(tokens, k - 1, MAX_BRACKETED) : -1;
  const end = aside > 0 ? aside : k;
  if (k < 1 || end > MAX_COLON_SPEAKER || (!isQuote(tokens[k + 1]) && !(headline && isWord(tokens[k + 1]) && tokens[k + 1].cap))) return null;
  const np = tokens.slice(0, end);
  if (!np.every(speakerWord) || !colonSpeakerPhrase(np)) return null;
  // (Its last word says who: a post, people, a body, or a person's name — "South Africa's coalition talks:" is a topic.)
  const head = np[np.length - 1].lower;
  if (!isQuote(tokens[k + 1]) && !(HEADS.has(head) || isPeopleHead(head) || ORG_HEADS.has(head) || (np.length > 1 && FIRST_NAMES.has(np[0].lower)))) return null;
  // (A reporting verb after the quotation attributes it instead: "Update: “…,” the mediator said.")
  if (tokens.slice(k + 2).some((t) => isWord(t) && VERB_FORMS.has(t.lower))) return null;
  return saidCue(tokens[k], k, np, 'left', 0, k);
}

/**
 * "“We will not give in”: Ruiz defiant as strike looms": a sentence that opens with a quotation, then
 * a colon and a speaker phrase, is that speaker's (a headline's form; "“Not enough”: Ruiz rejects
 * offer" too); else null.
 */
function quoteColonSpeaker(tokens: Token[]): Cue | null {
  // ("‘We will not back down’ – union chief": a dash, with the speaker phrase ending the headline.)
  const dash = isDash(tokens[1]);
  if (!isQuote(tokens[0]) || (tokens[1]?.text !== ':' && !dash)) return null;
  let e = 2;
  // ("‘Talks are over’: employers walk out": a lower-case noun for people may name them, as British headlines write it.)
  while (e < tokens.length && e - 2 < MAX_COLON_SPEAKER && (speakerWord(tokens[e]) || (isWord(tokens[e]) && isPeoplePlural(tokens[e].lower)))) e++;
  const np = tokens.slice(2, e);
  const people = np.length > 0 && isPeoplePlural(np[np.length - 1].lower);
  // ("“We will not move.” — Ana Ruiz, union president": a post may follow the name after a comma.)
  const post = dash && isComma(tokens[e]) ? tokens.slice(e + 1) : [];
  const credited = isCreditPost(post);
  if (dash && e < tokens.length && !credited) return null;
  // (A speaker phrase opens with a capital: "“…”: the words every diplomat feared" names nobody.)
  // ("‘We're not going anywhere’: Inside the nurses' fight", "‘…’: How the deal was done": nor does a
  // preposition or a question word opening a feature's headline.)
  if (!np.length || (!np[0].cap && !dash && !people) || !colonSpeakerPhrase(np)) return null;
  if (PREPOSITIONS.has(np[0].lower) || HEADLINE_QUESTION_WORDS.has(np[0].lower)) return null;
  const cue = saidCue(tokens[1], 1, np, 'right', 1, credited ? tokens.length - 1 : e - 1);
  if (credited) cue.appositions = [post];
  return cue;
}

/**
 * Is `post` the post of a pull quote's credit after the name and a comma ("— Ana Ruiz, | union president",
 * "— Ben Ashdown, | chief executive, Harbour Port Authority": the post and where it is held, in commas)?
 * Words with no verb among them, ending in a word, one of them a post or what someone does.
 */
export const isCreditPost = (post: Token[]): boolean =>
  post.length > 0 && post.length <= MAX_POST_APPOSITION && isWord(post[post.length - 1]) && post.every((t) => (isWord(t) && !isVerbish(t)) || isComma(t)) && post.some((t) => HEADS.has(t.lower) || isOccupation(t.lower));

/** Question words that open a feature's headline after a quotation and a colon ("‘…’: Why the talks failed"). */
const HEADLINE_QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'when', 'where', 'who']);

/** Can `t` stand in a headline's speaker phrase: a capitalised word, a possessive, a post or its modifier? */
const speakerWord = (t: Token): boolean => isWord(t) && (t.cap || isPossessive(t) || HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) && !VERB_FORMS.has(t.lower);

/**
 * Does a headline's phrase before or after its colon name a speaker: a post, a noun for people, an
 * organisation, a first name, or a lone name that is no label nor place ("Ruiz: “…”"); "Update:",
 * "Live updates:", "Gaza:" name nobody.
 */
function colonSpeakerPhrase(np: Token[]): boolean {
  const lone = np.length === 1 && !isStopCapitalised(np[0]) && !HEADLINE_LABELS.has(np[0].lower) && !PLACES.has(np[0].lower) && !isPossessive(np[0]);
  return lone || np.some((t) => HEADS.has(t.lower) || isPeopleHead(t.lower) || ORG_HEADS.has(t.lower) || FIRST_NAMES.has(t.lower));
}

/** A cue that reads like "said": the word `verb` at `at` stands for the verb, `source` speaks. */
export function saidCue(verb: Token, at: number, source: Token[], side: Cue['side'], from: number, to: number): Cue {
  const entry = VERB_FORMS.get('said')!;
  return { verb, at, lemma: entry.lemma, entry, source, side, appositions: [], from, to };
}

/**
 * A document introduced before a colon that ends the sentence or opens a quotation: whose it is speaks
 * ("The following is a statement from the nurses' union:", "The union issued the following statement:",
 * "Read the board's full statement:"), or null.
 */
function documentColon(tokens: Token[]): Cue | null {
  const c = tokens.findIndex((t, k) => t.text === ':' && (k === tokens.length - 1 || isQuote(tokens[k + 1])));
  if (c < 2) return null;
  // The document: the last one before the colon, with words only between them.
  let d = c - 1;
  while (d >= 0 && c - d <= MAX_DOCUMENT_TAIL && isWord(tokens[d]) && !DOCUMENT_HEADS.has(tokens[d].lower)) d--;
  if (d < 0 || !DOCUMENT_HEADS.has(tokens[d].lower)) return null;
  const cue = (source: Token[], from: number): Cue => saidCue(tokens[d], d, source, 'left', from, c - 1);
  // "… a statement from the nurses' union:"
  if (ISSUED_BY.has(tokens[d + 1]?.lower ?? '')) {
    const source = tokens.slice(d + 2, c);
    // ("A statement from the union was swift:": a verb after the issuer ends it; the sentence's subject speaks then.)
    return source.length && namesSomebody(source) && !source.some(isVerbish) ? cue(source, d) : null;
  }
  if (d !== c - 1) return null;
  // "the board's full statement:": the owner, a few describing words before the document.
  let k = d - 1;
  while (k > 0 && d - k <= MAX_DOCUMENT_MODIFIERS && isWord(tokens[k]) && !tokens[k].cap && !isPossessive(tokens[k]) && !DETERMINERS.has(tokens[k].lower)) k--;
  if (isPossessive(tokens[k])) {
    // ("Read the board's full statement:": an imperative before the owner's article is no part of it.)
    let owner = leftPhrase(tokens, k, 0);
    const article = owner.findIndex((t, n) => n > 0 && DETERMINERS.has(t.lower));
    if (article > 0) owner = owner.slice(article);
    return owner.length && namesSomebody(owner) ? cue(owner, k - owner.length + 1) : null;
  }
  // "The union issued the following statement:": the subject of a verb of putting out.
  while (k > 0 && (DETERMINERS.has(tokens[k].lower) || tokens[k].lower === 'following')) k--;
  if (!ISSUING_VERBS.has(tokens[k]?.lower ?? '')) return null;
  const subject = sourceBefore(tokens, k - 1);
  return subject.np.length && namesSomebody(subject.np) ? cue(subject.np, subject.from) : null;
}

/**
 * A noun of speech after a possessive, before the word that opens its content ("their demand | for
 * the repeal …", "the ministry's claim | that …", "his pledge | to …"): the owner speaks, or with a
 * possessive pronoun the sentence's subject. Null elsewhere.
 */
function nominalCue(tokens: Token[], i: number, afterCue = false): Cue | null {
  const t = tokens[i];
  const owner = tokens[i - 1];
  if (afterCue && tokens[i + 1]?.lower !== 'from') return null;
  if (t.kind === 'word' && COPULAR_SPEECH_NOUNS.has(t.lower) && owner) {
    const copular = copularNominalCue(tokens, i) ?? heldViewCue(tokens, i);
    if (copular) return copular;
  }
  if (t.kind === 'word' && ASSERTIVE_ADJECTIVES.has(t.lower)) return assertedCue(tokens, i);
  const nominal = t.kind === 'word' ? NOMINAL_CUES.get(t.lower) : undefined;
  if (!nominal || !owner) return null;
  const entry = VERB_FORMS.get(nominal.verb)!;
  const cue = (source: Token[] | null, side: Cue['side'], from: number): Cue => ({ verb: t, at: i, lemma: entry.lemma, entry, source, side, appositions: [], from, to: i });
  // ("despite warnings from union leaders that they will walk away", "a call from the mayor for calm":
  // whom the words came from, after "from", speaks; as the object of a verb or a preposition.)
  if (tokens[i + 1]?.lower === 'from') {
    const b = DETERMINERS.has(owner.lower) ? i - 2 : i - 1;
    const before = tokens[b];
    if (!isWord(before) || before.cap || DETERMINERS.has(before.lower) || isPossessive(before) || (afterCue && !isComma(tokens[b - 1]))) return null;
    // (The phrase reads on through "that", which opens the words here.)
    let source = rightPhrase(tokens, i + 2, false);
    if (source[source.length - 1]?.lower === 'that') source = source.slice(0, -1);
    const end = i + 2 + source.length;
    if (source.length && namesSomebody(source) && nominal.complements.includes(tokens[end]?.lower ?? '') && isWord(tokens[end + 1])) return { ...cue(source, 'left', i), to: tokens[end].lower === 'that' ? end - 1 : end };
    return null;
  }
  if (!nominal.complements.includes(tokens[i + 1]?.lower ?? '') || !isWord(tokens[i + 2])) return null;
  // As the object of a verb or a preposition ("stuck to | their demand", "rejected | the board's
  // claim"), or as the subject of the sentence ("The minister's warning that … rattled markets"),
  // whose words end before the verb they are the subject of; nowhere else.
  const objectOf = (k: number): boolean => k > 0 && isWord(tokens[k - 1]) && !tokens[k - 1].cap && !DETERMINERS.has(tokens[k - 1].lower);
  // (Opening the sentence, it is the subject: its words end before the verb it is the subject of.)
  // (Its complement other than "that" is taken like a particle: "call for | an immediate ceasefire".)
  const subject = (c: Cue): Cue => tokens[i + 1].lower === 'that' ? { ...c, subjectNominal: 'second' } : { ...c, to: i + 1, subjectNominal: 'first' };
  // ("His call for …": the owner is whom the pronoun means, as "he" would.)
  const pronoun = POSSESSIVE_DETERMINERS.get(owner.lower);
  if (pronoun) return objectOf(i - 1) ? cue(null, 'inherit', i - 1) : i - 1 === 0 ? subject(cue([{ ...owner, lower: pronoun }], 'left', 0)) : null;
  if (!isPossessive(owner)) return null;
  // ("the dockers’ demand": a plural noun for people as owner, with the words that describe it.)
  const people = !owner.cap && isPeoplePlural(stripPossessive(owner.lower));
  const source = people ? peopleOwner(tokens, i - 1) : ownerPhrase(tokens, i - 1);
  const from = i - source.length;
  if (!source.length || !(people || namesSomebody(source))) return null;
  return objectOf(from) ? cue(source, 'left', from) : from === 0 ? subject(cue(source, 'left', from)) : null;
}

/**
 * "The union's position is that …", "Her view was that …": a noun of a view after its owner, opening
 * the sentence, then "is that": the owner speaks what follows "that". Null elsewhere.
 */
function copularNominalCue(tokens: Token[], i: number): Cue | null {
  if (!COPULAS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 2]?.lower !== 'that' || !isWord(tokens[i + 3])) return null;
  const owner = tokens[i - 1];
  const pronoun = POSSESSIVE_DETERMINERS.get(owner.lower);
  if (!pronoun && !isPossessive(owner)) return null;
  const source = pronoun ? (i - 1 === 0 ? [{ ...owner, lower: pronoun }] : []) : ownerPhrase(tokens, i - 1);
  const from = i - source.length;
  // (Only as the sentence's subject: "…, backing the union's position is that" is no such thing.)
  if (!source.length || from !== 0 || !(pronoun || namesSomebody(source))) return null;
  return saidCue(tokens[i], i, source, 'left', from, i + 2);
}

/** Nouns for what someone said in answer, after a quotation and "was" ("“No,” was her reply"). */
const COMMENT_NOUNS: ReadonlySet<string> = new Set(['comment', 'response', 'reply', 'answer', 'reaction', 'retort', 'verdict', 'assessment']);
/** Words that say what kind of comment it was ("only", "terse"). */
const COMMENT_DESCRIBERS: ReadonlySet<string> = new Set(['only', 'sole', 'terse', 'brief', 'blunt', 'curt', 'first', 'final', 'simple', 'one-word']);

/**
 * "“Not now,” was Hale's only comment", "“We'll see” was the minister's terse reply": a quotation, a
 * copula, then whose comment it was; the owner speaks the quotation. Null elsewhere.
 */
function commentAfterQuote(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  if (t.kind !== 'word' || !COMMENT_NOUNS.has(t.lower)) return null;
  let k = i - 1;
  while (k > 0 && isWord(tokens[k]) && COMMENT_DESCRIBERS.has(tokens[k].lower)) k--;
  if (!isWord(tokens[k]) || !isPossessive(tokens[k])) return null;
  const source = ownerPhrase(tokens, k);
  const from = k - source.length + 1;
  const copula = tokens[from - 1];
  const quoted = isQuote(tokens[from - 2]) || (isComma(tokens[from - 2]) && isQuote(tokens[from - 3]));
  if (!copula || !COPULAS.has(copula.lower) || !quoted || !namesSomebody(source)) return null;
  return saidCue(t, i, [...source.slice(0, -1), withoutPossessive(source[source.length - 1])], 'right', from - 1, i);
}

/** Nouns of a view one may be "of" ("she was of the view that …"). */
const HELD_VIEWS: ReadonlySet<string> = new Set(['view', 'opinion', 'belief']);

/** "She was of the view that …", "The union is of the firm opinion that …": the subject speaks what follows "that". Null elsewhere. */
function heldViewCue(tokens: Token[], i: number): Cue | null {
  // ("of the firm view": a describing word may stand between.)
  const a = isWord(tokens[i - 1]) && tokens[i - 1].lower !== 'the' && !tokens[i - 1].cap && !isVerbish(tokens[i - 1]) ? i - 2 : i - 1;
  if (!HELD_VIEWS.has(tokens[i].lower) || tokens[i + 1]?.lower !== 'that' || !isWord(tokens[i + 2]) || tokens[a]?.lower !== 'the' || tokens[a - 1]?.lower !== 'of' || !COPULAS.has(tokens[a - 2]?.lower ?? '')) return null;
  return subjectSays(tokens, i, sourceBefore(tokens, a - 3));
}

/** The subject found before a word that stands for "said" at `i` speaks the clause after it, if it names somebody; else null. */
function subjectSays(tokens: Token[], i: number, subject: ReturnType<typeof sourceBefore>): Cue | null {
  if (!subject.np.length || !namesSomebody(subject.np)) return null;
  return { ...saidCue(tokens[i], i, subject.np, 'left', subject.from, i + 1), appositions: subject.appositions };
}

/**
 * "Tom Hale was adamant that …", "the union is emphatic that …": a word for saying a thing firmly after
 * a form of "be" (an adverb may stand between) reports the clause after "that", as "insisted" does.
 */
function assertedCue(tokens: Token[], i: number): Cue | null {
  if (tokens[i + 1]?.lower !== 'that' || !isWord(tokens[i + 2])) return null;
  const be = isWord(tokens[i - 1]) && (/ly$/.test(tokens[i - 1].lower) || DEGREE_ADVERBS.has(tokens[i - 1].lower)) ? i - 2 : i - 1;
  if (!COPULAS.has(tokens[be]?.lower ?? '')) return null;
  const subject = sourceBefore(tokens, be - 1);
  // ("It is unequivocal that …": "it" before the verb stands for nothing.)
  if (subject.np.length === 1 && subject.np[0].lower === 'it') return null;
  return subjectSays(tokens, i, subject);
}

/** Verbs of speech that are done all the same when tried ("sought to reassure", "tried to explain"). */
const ATTEMPTED_SPEECH: ReadonlySet<string> = new Set(['assure', 'explain', 'clarify', 'stress', 'emphasise', 'insist', 'argue', 'defend', 'warn']);

/** Adverbs of degree between "be" and a word for saying a thing firmly ("is quite emphatic that"). */
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['quite', 'very', 'so', 'also', 'still', 'equally', 'just', 'as', 'more', 'most']);


/** The owner's phrase that ends in the possessive at `k`, from its last article on ("rejected | the government's"). */
function ownerPhrase(tokens: Token[], k: number): Token[] {
  const phrase = leftPhrase(tokens, k, 0);
  let article = phrase.length - 2;
  while (article > 0 && !DETERMINERS.has(phrase[article].lower)) article--;
  return article > 0 ? phrase.slice(article) : phrase;
}

/** The phrase of a plural noun for people at `j` that owns what follows ("the | striking | dockers’"), from its determiner or its first describing word. */
function peopleOwner(tokens: Token[], j: number): Token[] {
  let k = j;
  while (k > 0 && j - k < MAX_OWNER_DESCRIBERS && isWord(tokens[k - 1]) && !tokens[k - 1].cap && !DETERMINERS.has(tokens[k - 1].lower) && !isVerbish(tokens[k - 1])) k--;
  if (k > 0 && DETERMINERS.has(tokens[k - 1].lower)) k--;
  return tokens.slice(k, j + 1);
}

/** Most describing words before a plural owner ("the | striking port | dockers’"). */
const MAX_OWNER_DESCRIBERS = 2;

/** Nouns after "in her" that make the phrase a note of whose words or view follow ("in her words", "in his view"). */
const OWNED_WORDS: ReadonlySet<string> = new Set(['words', 'view', 'opinion', 'estimation', 'judgement', 'judgment', 'assessment', 'reckoning']);

/** "as one diplomat put it", "as Lopes puts it": a cue at "put" whose speaker stands between "as" and it, or null. */
function asPutIt(tokens: Token[], i: number): Cue | null {
  if ((tokens[i].lower !== 'put' && tokens[i].lower !== 'puts') || tokens[i + 1]?.lower !== 'it') return null;
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_NAME_WORDS + 2 && isWord(tokens[k]) && tokens[k].lower !== 'as') k--;
  if (k < 0 || tokens[k]?.lower !== 'as' || k === i - 1) return null;
  const source = tokens.slice(k + 1, i);
  if (!namesSomebody(source)) return null;
  const cue = saidCue(tokens[i], i, source, 'left', k, i + 1);
  // (Read like "according to X": "As one diplomat put it, nothing is agreed …" reports the clause after the comma.)
  return { ...cue, entry: { ...cue.entry, sourceFollows: true } };
}

/**
 * "Another said …", "The other added that …": one more of a group, opening the clause, then the past
 * form at `i`, speaks ("Another reported case …": a noun after the form makes it a describing word).
 */
function anotherSpeaks(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1];
  const opensContent = !isWord(after) || after.lower === 'that' || after.cap || DETERMINERS.has(after.lower) || isPronoun(after);
  return isPastForm(tokens[i].lower) && opensContent
    && (isAnotherOne([tokens[i - 1]]) ? !isWord(tokens[i - 2]) : isAnotherOne(tokens.slice(i - 2, i)) && !isWord(tokens[i - 3]));
}

/** Is token `j` the lower-case noun of a prepositional phrase ("in a | video", "on the party's | website")? */
function nounOfPrepositional(tokens: Token[], j: number): boolean {
  // (Words of a noun phrase only: "spoke at a rally | and warned" is the subject's second verb.)
  const describing = (t: Token | undefined): boolean => !!t && isWord(t) && !t.cap && !DETERMINERS.has(t.lower) && !isPossessive(t) && !isPronoun(t) && !COORDINATORS.has(t.lower) && !CONTENT_BLOCKERS.has(t.lower);
  if (!describing(tokens[j])) return false;
  let d = j - 1;
  while (d > j - MAX_PREPOSITIONAL_DESCRIBERS && describing(tokens[d])) d--;
  // (The phrase an adjunct of a verb before it: "a spokesperson for the service | confirmed" is a subject and its verb.)
  if (d < 2) return false;
  const verb = tokens[d - 2];
  return (DETERMINERS.has(tokens[d].lower) || isPossessive(tokens[d])) && PHRASE_PREPOSITIONS.has(tokens[d - 1]?.lower ?? '')
    && isWord(verb) && !verb.cap && (VERB_FORMS.has(verb.lower) || isPastForm(verb.lower));
}
/** Prepositions that open a phrase about a noun, never a clause ("in a video", not "after the firm confirmed"). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'via', 'through', 'during', 'with', 'from', 'of', 'for']);
/** Most describing words between a determiner and the noun of a prepositional phrase ("in a short video"). */
const MAX_PREPOSITIONAL_DESCRIBERS = 3;

/** Is a segment a name whose last word is a title word, its others plain name words ("Atif Ikram Sheikh")? */
const surnamedName = (seg: Token[]): boolean => seg.length >= 2 && seg.length <= MAX_NAME_WORDS && seg.every((t) => isWord(t) && t.cap && !isStopCapitalised(t))
  && TITLE_HEADS.has(seg[seg.length - 1].lower) && seg.slice(0, -1).every((t) => !HEADS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower));

/** Possessive determiners whose owner is the sentence's subject ("the union renewed its demand for …"). */
const POSSESSIVE_DETERMINERS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);

/** Most words between a document and the colon after it ("a statement from the nurses' union:"). */
const MAX_DOCUMENT_TAIL = 8;

/** Where the source starts after "as <verb> [in a report] by" at token `i`, or -1. */
function reportedBy(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'as') return -1;
  // ("was quoted as saying by Interfax that …": after a verb that needs it, the phrase after "by" only carried the words.)
  const needer = VERB_FORMS.get(tokens[i - 2]?.lower ?? '');
  if (needer?.needJoinsVerb && needer.needs?.includes(tokens[i].lower)) return -1;
  let k = i + 1;
  // "in a report", "in the statement": the document the words were in.
  if (tokens[k]?.lower === 'in') {
    const head = tokens.slice(k + 1, k + 4).findIndex((t) => DOCUMENT_HEADS.has(t.lower));
    if (head < 0) return -1;
    k += head + 2;
  }
  return tokens[k]?.lower === 'by' && tokens[k + 1] ? k + 1 : -1;
}

/** Most words of the speaker between a quotation and the verb that tags it ("“…?” | Lee Park | asked"). */
const MAX_TAG_SPEAKER_WORDS = 4;
/** Most tokens of the speaker phrase after a verb that tags a quotation ("asked | Lee Park, the union chief |."). */
const MAX_TAG_AFTER_WORDS = 9;

/**
 * Does the tag around verb `i` name a document ("read a statement from the union", "the letter read")?
 * What a placard or a banner reads is nobody's speech.
 */
function readsDocument(tokens: Token[], i: number): boolean {
  let q = i - 1;
  while (q >= 0 && isWord(tokens[q])) q--;
  let e = i + 1;
  while (e < tokens.length && isWord(tokens[e])) e++;
  return tokens.slice(q + 1, e).some((t) => DOCUMENT_HEADS.has(t.lower));
}

/**
 * Does the verb at `i` tag the quotation before it, as a question or a remark ("“Why now?” asked Lee
 * Park.", "“…?” Lee Park asked.", "“…,” he asked.")? The quotation ends in its own mark or a comma,
 * a short speaker phrase at most stands between them, and after the verb comes at most a speaker
 * phrase before the sentence ends.
 */
function quoteTagAt(tokens: Token[], i: number): boolean {
  let q = i - 1;
  while (q >= 0 && i - q <= MAX_TAG_SPEAKER_WORDS + 1 && isWord(tokens[q])) q--;
  // (A sentence of only a speaker and the verb may tag the quotation that ended the sentence before:
  // "“Why now?” Lee Park asked." — the candidates stage checks that one did.)
  const opens = q < 0 && i > 0;
  if (!opens && (q < 0 || !isQuote(tokens[q]) || !/[?!,.]\P{L}*$/u.test(tokens[q].text))) return false;
  let e = i + 1;
  while (e < tokens.length && e - i <= MAX_TAG_AFTER_WORDS && (isWord(tokens[e]) || isComma(tokens[e]))) e++;
  const ends = e === tokens.length || (tokens[e].kind === 'punct' && /^[.!?]$/.test(tokens[e].text));
  // (After a verb opening the sentence, only a time or place may follow: "Lee Park asked on Monday.")
  const adjunct = e > i + 1 && (ADJUNCT_PREPOSITIONS.has(tokens[i + 1].lower) || TIME_WORDS.has(tokens[i + 1].lower)) && !DETERMINERS.has(tokens[i + 1].lower);
  return ends && (!opens || e === i + 1 || adjunct);
}

/** Finds the reporting cues of one sentence. */
export function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  // "Union chief: “We will not back down”": a headline's speaker, a colon, then the words.
  const colon = colonSpeaker(tokens) ?? documentColon(tokens) ?? quoteColonSpeaker(tokens);
  if (colon) cues.push(colon);
  for (let i = 0; i < tokens.length; i++) {
    // "In the words of one senior official, …": read like "according to X".
    const phrase = SOURCE_PHRASE_STARTS.has(tokens[i].lower) ? SOURCE_PHRASES.find((p) => wordsAt(tokens, i, p)) : undefined;
    if (phrase) {
      const source = rightPhrase(tokens, i + phrase.length);
      const last = i + phrase.length - 1 + source.length;
      // ("The deal, per two people briefed on it, includes …": a one-word phrase counts only set off, before
      // a comma or the end; "$5 per worker", "per cent" say how much.)
      const setOff = phrase.length > 1 || ((i === 0 || isComma(tokens[i - 1])) && (isBoundary(tokens[last + 1]) || /^[.!?]$/.test(tokens[last + 1].text)));
      if (setOff && namesSomebody(source)) {
        const entry = VERB_FORMS.get('according')!;
        const post = postAfter(tokens, last);
        // The phrase's noun ("words") stands for its verb; a one-word phrase is its own.
        cues.push({ verb: tokens[Math.max(i, i + phrase.length - 2)], at: i, lemma: entry.lemma, entry, source, side: 'right', appositions: post.length ? [post] : [], from: i, to: post.length ? last + 1 + post.length : last });
        i += phrase.length - 1;
        continue;
      }
    }
    // ("The offer, in her words, was “an insult”": read like "according to her"; so is "In Ruiz's view,".)
    const whose = tokens[i + 1];
    const ownerOk = !!whose && (OWNER_PRONOUNS.has(whose.lower) || (whose.cap && isPossessive(whose) && !isStopCapitalised(whose)));
    if (tokens[i].lower === 'in' && ownerOk && OWNED_WORDS.has(tokens[i + 2]?.lower ?? '') && (i === 0 || isComma(tokens[i - 1])) && isComma(tokens[i + 3])) {
      const entry = VERB_FORMS.get('according')!;
      cues.push({ verb: tokens[i + 2], at: i, lemma: entry.lemma, entry, source: [whose], side: 'right', appositions: [], from: i, to: i + 2 });
      i += 2;
      continue;
    }
    // "“Not now,” was Hale's only comment": whose comment the quotation was.
    const comment = commentAfterQuote(tokens, i);
    if (comment) {
      cues.push(comment);
      continue;
    }
    // "…, as one diplomat put it": the words are the one's who put it so.
    const putting = asPutIt(tokens, i);
    if (putting) {
      cues.push(putting);
      i++;
      continue;
    }
    // (Not inside what an earlier cue reports: "said the talks would resume once the board dropped its demand for …".)
    // (A noun of speech with whom it came from, in the writer's adjunct after a comma, is read even so:
    // "said a deal was close, despite warnings from union leaders that …".)
    const nominal = nominalCue(tokens, i, cues.length > 0);
    if (nominal) {
      cues.push(nominal);
      continue;
    }
    const found = verbAt(tokens, i);
    if (!found) continue;
    const { entry, participle, absolute } = found;
    const cue = (source: Token[] | null, side: Cue['side'], appositions: Token[][], from: number, to: number): Cue =>
      ({ verb: tokens[i], at: i, lemma: entry.lemma, entry, source, side, appositions, from, to });
    if (found.byAgent && tokens[i + 1]?.lower !== 'by') {
      // "was rejected as “opportunistic” by the target's board": the agent is the phrase after "by".
      const agent = rightPhrase(tokens, i + 4);
      if (namesSomebody(agent)) cues.push(cue(agent, 'right', [], i, i + 1));
      continue;
    }
    if (found.byAgent) {
      // The agent runs from "by" to the word the verb needs ("by one participant | as").
      let e = i + 2;
      while (e < tokens.length && e - i - 2 < MAX_AGENT_WORDS && isWord(tokens[e]) && tokens[e].lower !== entry.contentAfter) e++;
      const agent = tokens.slice(i + 2, e);
      if (agent.length && tokens[e]?.lower === entry.contentAfter) cues.push(cue(agent, 'right', [], i, e - 1));
      continue;
    }
    if (entry.sourceFollows) {
      // "according to X": the source is the phrase after the verb.
      const source = rightPhrase(tokens, found.verbEnd + 1);
      if (!namesSomebody(source) || source.some((s) => DOCUMENT_SOURCES.has(s.lower))) continue;
      const last = found.verbEnd + source.length;
      // ("According to the transport minister, Lena Ortiz, the …": the name set off after a post, itself
      // set off before the clause, is who speaks, the post its apposition.)
      const named = nameAfterPost(tokens, source, last);
      if (named && isComma(tokens[last + 2 + named])) {
        cues.push(cue(tokens.slice(last + 2, last + 2 + named), 'right', [source], i, last + 1 + named));
        continue;
      }
      const post = postAfter(tokens, last);
      cues.push(cue(source, 'right', post.length ? [post] : [], i, post.length ? last + 1 + post.length : last));
      continue;
    }
    const by = reportedBy(tokens, i);
    if (by >= 0) {
      // "…, as reported by the agency", "as stated in a report by a wire service": read like "according to X".
      const source = rightPhrase(tokens, by);
      if (namesSomebody(source)) {
        cues.push({ ...cue(source, 'right', [], i - 1, by + source.length - 1), entry: { ...entry, sourceFollows: true } });
        continue;
      }
    }
    const j = skipLeftAdjuncts(tokens, i - 1);
    if (absolute >= 0) {
      // "..., with union chief Ana Lopes telling reporters that": the phrase after "with" speaks,
      // in a clause that opens at the comma before "with".
      const left = sourceBefore(tokens, j);
      // (The clause opens at the comma before "with", or at "and" for a second one.)
      const opensAt = tokens[absolute - 1]?.lower === 'and' ? absolute - 1 : absolute - 2;
      if (left.np.length && namesSomebody(left.np)) {
        cues.push({ ...cue(left.np, 'left', left.appositions, left.from, found.verbEnd), opensAt });
        continue;
      }
      // "…, with the players' agent accusing …": the words between "with" and the participle, when they name somebody.
      const between = tokens.slice(absolute, j + 1);
      if (between.length && between.length <= MAX_ABSOLUTE_SUBJECT && between.every((t) => isWord(t)) && namesSomebody(between)) {
        cues.push({ ...cue(between, 'left', [], absolute, found.verbEnd), opensAt });
        continue;
      }
      // "…, with one writing that …": someone of the group just named; the clause still opens at the comma.
      cues.push({ ...cue(null, 'inherit', [], absolute, found.verbEnd), opensAt });
      continue;
    }
    // "… liked a post from a fan urging the club to …": a participle right after a person who is
    // someone's object is that person's (a reduced relative clause), not the sentence subject's.
    const { owner } = found;
    if (owner) {
      cues.push(cue(owner, 'left', [], tokens.findIndex((t) => t.start === owner[0].start), found.verbEnd));
      continue;
    }
    if (participle || (tokens[j] && COORDINATORS.has(tokens[j].lower))) {
      // "..., calling for", "... and warned", "while praising": the source is inherited from the sentence.
      cues.push(cue(null, 'inherit', [], participle ? i : j, found.verbEnd));
      continue;
    }
    // ("State media quoted President Oskar Lind as saying …": the one quoted speaks, not who quotes them.)
    // ("Peskov was quoted by Interfax as saying …": a phrase after "by" is whoever carried the words; the subject speaks.)
    const quotedOne = entry.lemma === 'quote' && found.verbEnd > i + 2 && tokens[found.verbEnd - 1]?.lower === 'as' && tokens[i + 1].lower !== 'by' ? tokens.slice(i + 1, found.verbEnd - 1) : [];
    if (quotedOne.length && quotedOne.every(isWord) && namesSomebody(quotedOne)) {
      cues.push(cue(quotedOne, 'right', [], i, found.verbEnd));
      continue;
    }
    const left = sourceBefore(tokens, j);
    const { appositions } = left;
    // "…, with users also urged to quit": after "with", a past participle is passive; nobody named speaks.
    if (tokens[left.from - 1]?.lower === 'with' && /ed$/.test(tokens[i].lower)) continue;
    // ("No official said …", "neither side signalled …": a subject that means nobody reports nothing.)
    if (left.np.length && opensNegative(tokens, left.from - 1)) continue;
    if (left.np.length && namesSomebody(left.np)) {
      cues.push(cue(left.np, 'left', appositions, left.from, found.verbEnd));
      continue;
    }
    const right = rightPhrase(tokens, found.verbEnd + 1);
    const k = left.j;
    // "..., said she expected a deal": a pronoun that opens the reported clause is not an inverted speaker.
    // ("…, said its members were “deeply frustrated”": nor is a phrase a finite verb follows.)
    const opensClause = (right.length === 1 && isWord(right[0]) && PRONOUNS.has(right[0].lower) && isWord(tokens[found.verbEnd + 2]))
      || (right.length > 0 && isFinite(tokens[found.verbEnd + 1 + right.length]));
    // ("“Why now?” asked Lee Park.": a verb that tags a quotation has its speaker after it, not whom it asks.)
    const tagging = !!entry.tagsQuote && k >= 0 && isQuote(tokens[k]) && quoteTagAt(tokens, i);
    // ("Members are furious, and rightly so, said Ruiz": a comma right before the verb sets it off, whatever the hop over the aside found.)
    if (right.length && (!entry.addressee || tagging) && !opensClause && namesSomebody(right) && (k < 0 || isQuote(tokens[k]) || isComma(tokens[k]) || isBoundary(tokens[k]) || isComma(tokens[i - 1]))) {
      // "said palace spokesperson Ivo Marek"; "said a spokesperson for the port employers, Helen Marsh": the
      // name set off after a post is who speaks, the post its apposition.
      const end = found.verbEnd + right.length;
      const named = nameAfterPost(tokens, right, end);
      if (named) cues.push(cue(tokens.slice(end + 2, end + 2 + named), 'right', [...appositions, right], i, end + 1 + named));
      else cues.push(cue(right, 'right', appositions, i, end));
    } else if (!(k >= 0 && isWord(tokens[k])) && !entry.onlyTagsQuote) {
      // (Not a verb that speaks only as a tag: "“No deal,” read one placard" names no speaker.)
      cues.push(cue(null, 'inherit', appositions, i, found.verbEnd));
    }
    // Otherwise a word stands before the verb that names nobody: not an attribution.
  }
  return cues;
}

/**
 * Where the comma-set segment that ends at comma `k` starts, when the words before that comma end
 * with a place after a preposition ("… in Harbour Town, | Green County,"), and that segment opens
 * an adjunct; else -1.
 */
function placeListStart(tokens: Token[], k: number): number {
  let m = k - 1;
  while (m >= 0 && isWord(tokens[m]) && tokens[m].cap) m--;
  if (m === k - 1 || m < 0 || !GROUP_PLACE_PREPOSITIONS.has(tokens[m].lower)) return -1;
  while (m >= 0 && !isBoundary(tokens[m])) m--;
  return m >= 0 && isComma(tokens[m]) ? m + 1 : -1;
}

/** The last boundary (punctuation, a quotation) before token `end`: where the segment ending there starts, less one; -1 at the sentence start. */
function boundaryBefore(tokens: Token[], end: number): number {
  let k = end - 1;
  while (k >= 0 && !isBoundary(tokens[k])) k--;
  return k;
}

/**
 * Does `t` open an adjunct set off by commas (a relative clause, a prepositional phrase, a participle:
 * "speaking on condition of anonymity", "asked about the deal")?
 */
// (A capitalised word inside a sentence is a name, not a preposition: ", Per Aas, said".)
/** Does a phrase end in a name ("the transport analyst Lena Morrow", "Unite")? */
/** Prepositions that say where a person named before them works ("Priya Nandakumar at Eastgate Partners"). */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'from', 'with']);
const endsInName = (np: Token[]): boolean => np.length > 0 && np.length <= MAX_DESCRIPTION_WORDS && np.every(isWord) && np[np.length - 1].cap && !isStopCapitalised(np[np.length - 1]) && namesSomebody(np);
/** Where the example in a segment set off after a group starts ("like the analyst Lena Morrow", "such as", "including", "among them"), or 0. */
function exampleStart(seg: Token[]): number {
  const [a, b] = [seg[0]?.lower, seg[1]?.lower];
  if (a === 'like' || a === 'including') return 1;
  if ((a === 'such' && b === 'as') || (a === 'among' && b === 'them')) return 2;
  return 0;
}
const opensAdjunct = (t: Token): boolean => RELATIVES.has(t.lower) || ((CONTENT_BLOCKERS.has(t.lower) || /(?:ing|ed)$/.test(t.lower)) && !t.cap);

/**
 * Is comma-set `seg` (after the comma at `k`) the name of what the phrase before that comma describes:
 * capitalised words, perhaps after "the", after a determiner and a lower-case head ("a smaller group")?
 */
function namesDescription(tokens: Token[], k: number, seg: Token[]): boolean {
  const name = seg.slice(describedNameStart(seg));
  // ("the Drug Research and Makers Association": a small word may join its capitalised words.)
  const nameWord = (t: Token, i: number): boolean => isWord(t) && ((t.cap && (!isStopCapitalised(t) || HONORIFICS.has(t.lower))) || (i > 0 && i < name.length - 1 && TITLE_SMALL_WORDS.has(t.lower) && name[i - 1].cap));
  // (Honorifics count for nothing: "Dr Ana Ruiz and Dr Tom Hale".)
  if (!name.length || name.filter((t) => !HONORIFICS.has(t.lower)).length > MAX_ORG_WORDS || !name.every(nameWord)) return false;
  const m = boundaryBefore(tokens, k);
  const before = tokens.slice(m + 1, k);
  const head = before[before.length - 1];
  // ("Their union, the Metal Workers Federation, said": a possessive determiner opens one too.)
  // ("Her employer, …": "her" opening the sentence is a determiner too.)
  // ("Varia's main business lobby, the VBC, urged": so does a place's or a body's possessive.)
  // ("Former president Ana Lee's party, the Democratic Centre, said": or a person's name, with a post before it, as the owner.)
  const owner = before.findIndex((t) => t.cap && isPossessive(t));
  const ownerOpens = owner >= 0 && before.slice(0, owner).every((t) => isWord(t) && (t.cap || TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)));
  const opens = APPOSITION_ARTICLES.has(before[0]?.lower ?? '') || NOUN_MARKERS.has(before[0]?.lower ?? '') || (m < 0 && before[0]?.lower === 'her') || ownerOpens;
  // ("The union's co-chairs, Ana Ruiz and Tom Hale, said": a plural post is a head too.)
  // ("The firm's largest shareholder, pension fund Civic Capital, said": or a noun for one who does or holds something.)
  return before.length >= 2 && before.length <= MAX_DESCRIPTION_WORDS && opens && isWord(head) && !head.cap && (HEADS.has(head.lower) || isPeoplePlural(head.lower) || isOnePersonNoun(head.lower));
}

/**
 * Where the name starts in a segment set off after a description: after "the" ("the National Farmers
 * Alliance"), and after a few lower-case words saying what it is ("the contractor Brightclean", "the
 * ride-hailing firm Zoomly").
 */
function describedNameStart(seg: Token[]): number {
  // ("…, pension fund Civic Capital, said": with no article, what the body is ends in an organisation's head.)
  if (isWord(seg[0]) && !seg[0].cap && seg[0].lower !== 'the') {
    let k = 0;
    while (k < seg.length && k < MAX_NAME_DESCRIBERS && isWord(seg[k]) && !seg[k].cap && !VERB_FORMS.has(seg[k].lower) && !TITLE_SMALL_WORDS.has(seg[k].lower) && !DETERMINERS.has(seg[k].lower)) k++;
    return k > 0 && seg[k]?.cap && ORG_HEADS.has(seg[k - 1].lower) ? k : 0;
  }
  if (seg[0]?.lower !== 'the') return 0;
  let k = 1;
  while (k < seg.length && k <= MAX_NAME_DESCRIBERS && isWord(seg[k]) && !seg[k].cap && !VERB_FORMS.has(seg[k].lower) && !TITLE_SMALL_WORDS.has(seg[k].lower)) k++;
  return k < seg.length && seg[k].cap ? k : 1;
}
/** Most lower-case words saying what a name set off after a description is ("the | ride-hailing firm | Zoomly"). */
const MAX_NAME_DESCRIBERS = 3;

/** Where a relative pronoun ("who", "which") stands in a segment, or -1. */
const relativeIn = (seg: Token[]): number => seg.findIndex((t) => t.lower === 'who' || t.lower === 'which');

/** Is this comma-set segment a capitalised title and then a personal name ("Captain Lena Fischer", "Chief Negotiator Ada Obi")? */
function titledName(seg: Token[]): boolean {
  let h = -1;
  // ("One resident, retired nurse Joan Parry,": what the person does, lower-case, may stand for the title.)
  seg.forEach((t, i) => { if (TITLE_HEADS.has(t.lower) || (!t.cap && isOccupation(t.lower))) h = i; else if (abbreviatedTitleAt(seg, i)) h = i + 1; });
  let name = seg.slice(h + 1);
  // ("the forum's chair, Governor Abdul Sani of Kwara State,": where the person is from may follow the name.)
  const of = name.findIndex((t) => t.lower === 'of');
  if (of >= 2 && name.length - of - 1 >= 1 && name.length - of - 1 <= MAX_PLACE_WORDS && name.slice(of + 1).every((t) => isWord(t) && t.cap && !isStopCapitalised(t))) name = name.slice(0, of);
  // ("the envoy, former Nigerian president Ola Bankole,": a describing word before the title may be lower-case.)
  // (A participle right before a noun describes it: "retired nurse".)
  const describingLead = seg.slice(0, h + 1).every((t, i) => isWord(t) && !t.cap && (!isVerbish(t) || (i < h && /ed$/.test(t.lower))) && !DETERMINERS.has(t.lower) && !APPOSITION_PREPOSITIONS.has(t.lower) && !ADJUNCT_PREPOSITIONS.has(t.lower));
  return h >= 0 && (seg[0].cap || TITLE_MODIFIERS.has(seg[0].lower) || describingLead) && name.length >= 2 && nameLength(name) <= MAX_NAME_WORDS
    && name.every((t, i) => (isWord(t) && t.cap && !HEADS.has(t.lower) && !isStopCapitalised(t)) || isInitialPeriod(name, i));
}

/**
 * How many words a personal name set off by a comma after a post ending at `end` has ("a spokesperson | , Helen Marsh"),
 * or 0. ("said one docker, Tom Hale, …": a noun for one person's work or kind will do as the post.)
 */
function nameAfterPost(tokens: Token[], post: Token[], end: number): number {
  const head = post[post.length - 1];
  const onePerson = !!head && !head.cap && isOnePersonNoun(head.lower);
  return (post.some((t) => HEADS.has(t.lower)) || onePerson) && isComma(tokens[end + 1]) ? nameSegmentAt(tokens, end + 2) : 0;
}

/** How many words a personal name set off at `k` has ("…, Helen Marsh." / "…, Helen Marsh, …"), or 0. */
function nameSegmentAt(tokens: Token[], k: number): number {
  let e = k;
  while (e < tokens.length && e - k < MAX_NAME_WORDS && isWord(tokens[e]) && tokens[e].cap && !isStopCapitalised(tokens[e]) && !HEADS.has(tokens[e].lower)) e++;
  const stop = tokens[e];
  // Capitalised words that close the sentence after a post are a name even with a first name no list has ("said its director, Hanne Berg.").
  const closes = !stop || (stop.text === '.' && e === tokens.length - 1);
  return isPersonalName(tokens.slice(k, e), !closes) && (!stop || isBoundary(stop) || stop.text === '.') ? e - k : 0;
}

/** Is this a personal name of two or three capitalised words (opening with a known first name, when `known`)? */
const isPersonalName = (ts: Token[], known: boolean): boolean =>
  ts.length >= 2 && ts.length <= MAX_NAME_WORDS && (!known || FIRST_NAMES.has(ts[0].lower)) && ts.every((t) => isWord(t) && t.cap && !HEADS.has(t.lower) && !isStopCapitalised(t));

/**
 * The first of two people named as one speaker, when `np` (a personal name) follows "and" and the
 * other's name, perhaps with a title set off by commas ("Ana Vogel, the party leader, and | Tom
 * Stack"), opens the sentence or a clause; else null.
 */
function partnerBefore(tokens: Token[], npFrom: number, np: Token[]): { name: Token[]; from: number; and: Token } | null {
  if (isComma(tokens[npFrom - 1]) && isPersonalName(np, false)) return postsFirstPartner(tokens, npFrom);
  if (tokens[npFrom - 1]?.lower !== 'and' || !isPersonalName(np, false)) return null;
  let m = npFrom - 2;
  if (isComma(tokens[m])) {
    const k = boundaryBefore(tokens, m);
    if (!isComma(tokens[k]) || !isApposition(tokens.slice(k + 1, m))) return null;
    m = k - 1;
  }
  let f = m;
  while (f > 0 && m - f < MAX_NAME_WORDS - 1 && isWord(tokens[f - 1]) && tokens[f - 1].cap) f--;
  const name = tokens.slice(f, m + 1);
  return isPersonalName(name, true) && (f === 0 || isBoundary(tokens[f - 1])) ? { name, from: f, and: tokens[npFrom - 1] } : null;
}

/**
 * "The leader of X, Ana Vogel, and the head of Y, | Tom Stack": each post before its name, the first
 * post opening the sentence. The first name (and where its post starts), else null.
 */
function postsFirstPartner(tokens: Token[], npFrom: number): { name: Token[]; from: number; and: Token } | null {
  // ", and the head of Y," before the second name.
  const k = boundaryBefore(tokens, npFrom - 1);
  const post = tokens.slice(k + 1, npFrom - 1);
  if (!isComma(tokens[k]) || post[0]?.lower !== 'and' || !post.some((t) => HEADS.has(t.lower)) || !isApposition(post.slice(1))) return null;
  // ", Ana Vogel," before that, and the sentence's opening post before it.
  const n = boundaryBefore(tokens, k);
  const name = tokens.slice(n + 1, k);
  if (!isComma(tokens[n]) || !isPersonalName(name, false)) return null;
  const f = boundaryBefore(tokens, n);
  const first = tokens.slice(f + 1, n);
  return f < 0 && first.some((t) => HEADS.has(t.lower)) && isApposition(first) ? { name, from: 0, and: post[0] } : null;
}


/** Is token `j` the period that ends a party-and-place tag before a comma ("Delgado, D-N.M | . | ,")? */
const affiliationPeriod = (tokens: Token[], j: number): boolean =>
  tokens[j]?.text === '.' && isComma(tokens[j + 1]) && isWord(tokens[j - 1]) && AFFILIATION_TAG.test(tokens[j - 1].text);

/**
 * An age ("53"), a party-and-place tag ("D-Texas", "DFL-Eastfield", "D-District 7") or a party and
 * a state ("Democrat of Connecticut") set off by commas after a name.
 */
const isAgeOrAffiliation = (seg: Token[]): boolean =>
  (seg.length === 1 && /^\d{1,3}$/.test(seg[0].text)) || (seg.length <= MAX_AFFILIATION_WORDS && AFFILIATION_TAG.test(seg[0].text) && seg.every((s) => s.cap || s.kind !== 'word' || /^\d+$/.test(s.text)))
  || (seg.length > 2 && seg.length <= MAX_AFFILIATION_WORDS + 2 && seg[0].cap && PARTY_MEMBER_NOUNS.has(seg[0].lower) && seg[1].lower === 'of' && seg.slice(2).every((s) => s.cap));

/** Is token `m` the period of a name suffix ("Robert Kane Jr. | said"), no sentence end? */
const suffixPeriodAt = (tokens: Token[], m: number): boolean => tokens[m]?.text === '.' && NAME_SUFFIXES.has(tokens[m - 1]?.lower ?? '');

/**
 * The post set off by commas right after a source that ends at token `last` ("according to Ana Ruiz,
 * chief economist at Banco Sur, …", "in the words of …"): the post is the source's, not the words. Its
 * tokens, or none.
 */
function postAfter(tokens: Token[], last: number): Token[] {
  if (!isComma(tokens[last + 1])) return [];
  let close = last + 2;
  while (close < tokens.length && !isBoundary(tokens[close])) close++;
  const post = tokens.slice(last + 2, close);
  // ("According to the union, the firm's chief executive, Ian Fell, received …": a post with a name set
  // off after it opens the clause reported, someone else's.)
  const named = nameSegmentAt(tokens, close + 1);
  if (named && isComma(tokens[close + 1 + named])) return [];
  return post.length && isComma(tokens[close]) && post.some((t) => TITLE_HEADS.has(t.lower)) && isApposition(post) ? post : [];
}

/** Is `seg` a name alone, capitalised words that name somebody ("Amira Haddad")? */
const isSetOffName = (seg: Token[]): boolean => namesSomebody(seg) && nameLength(seg) <= MAX_NAME_WORDS && seg.every((s, n) => (s.cap && !isStopCapitalised(s)) || isInitialPeriod(seg, n));

/** The name in "Kavitha Rao of the Kisan Union": the words before "of" when a body's capitalised name follows it (any capitalised word, "All India …"); else the whole. */
function nameOfBody(seg: Token[]): Token[] {
  const of = seg.findIndex((t) => t.lower === 'of');
  if (of < 2) return seg;
  const body = seg.slice(seg[of + 1]?.lower === 'the' ? of + 2 : of + 1);
  return body.length && body.every((t) => isWord(t) && (t.cap || t.lower === 'and')) && body[body.length - 1].cap ? seg.slice(0, of) : seg;
}

/** Reflexive pronouns, which may close an apposition ("a former union chief himself"). */
const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves', 'itself']);

/**
 * The phrase that ends at token `j` before a verb, hopping over relative clauses and appositions
 * ("Lind, who has worked on ... for years, said"; "Ed Moss, a Utah Democrat, called"), with the
 * title appositions found on the way and the token `j` where the search stopped. The phrase may be
 * empty or name nobody.
 */
function sourceBefore(tokens: Token[], j: number): { np: Token[]; appositions: Token[][]; from: number; j: number } {
  const appositions: Token[][] = [];
  // "Robert Kane Jr. said": the suffix's period is no sentence end.
  if (suffixPeriodAt(tokens, j)) j--;
  let np = leftPhrase(tokens, j, 0);
  let npFrom = j - np.length + 1;
  // ("A memo seen by the agency says …", "a draft seen by the paper says": who saw it is no author; the
  // document speaks, or nobody the sentence names.)
  if (np.length && tokens[npFrom - 1]?.lower === 'by' && ACCESS_VERBS.has(tokens[npFrom - 2]?.lower ?? '')) {
    let d = npFrom - 2;
    while (d > 0 && isWord(tokens[d - 1]) && npFrom - 2 - d < MAX_DESCRIPTION_WORDS) d--;
    const document = tokens.slice(d, npFrom - 2);
    np = document.some((t) => DOCUMENT_HEADS.has(t.lower)) ? document : [];
    npFrom = np.length ? d : j + 1;
  }
  let guard = 0;
  while (!np.length && (isComma(tokens[j]) || isDash(tokens[j]) || tokens[j]?.text === ')' || affiliationPeriod(tokens, j)) && guard++ < MAX_APPOSITION_HOPS) {
    if (tokens[j].text === ')') {
      // "Sen. Ana Lopes (D-Ore.) said": a bracketed aside after the name.
      const open = openingBracket(tokens, j, MAX_BRACKETED);
      if (open < 0) break;
      j = open - 1;
      np = leftPhrase(tokens, j, 0);
      npFrom = j - np.length + 1;
      continue;
    }
    // ("The chancellor, Karl Berg (SPD), said": a bracketed aside ending the segment is no part of it.)
    const aside = tokens[j - 1]?.text === ')' ? openingBracket(tokens, j - 1, MAX_BRACKETED) : -1;
    const end = aside > 0 ? aside : j;
    let k = end - 1;
    // "…, Capt. Dana Whitfield, wrote": an abbreviated title's period ends no segment; nor does a
    // name suffix's ("The agent, Jorge Mendes Jr., told"), which is no part of the segment either.
    // ("…, Dr. K. Ramesh Rao, said": nor does an initial's.)
    // ("…, stressing that the doors were “always open”, urged": a quotation inside the segment is no bound.)
    while (k >= 0 && (!isBoundary(tokens[k]) || tokens[k].kind === 'quote' || abbreviatedTitleAt(tokens, k - 1) || suffixPeriodAt(tokens, k) || isInitialPeriod(tokens, k))) k--;
    // ("…, a former union chief himself, said": a reflexive pronoun closing an apposition stresses it; it is no part of it.)
    const segEnd = suffixPeriodAt(tokens, end - 1) ? end - 1 : end;
    const seg = tokens.slice(k + 1, REFLEXIVES.has(tokens[segEnd - 1]?.lower ?? '') && segEnd - 1 > k + 2 ? segEnd - 1 : segEnd);
    // ("Tom Hale — the mayor of Leeds — said": a pair of dashes sets a segment off as commas do.)
    if (!seg.length || !(isComma(tokens[k]) || (isDash(tokens[k]) && tokens[k].text === tokens[j].text))) break;
    const first = seg[0];
    const titled = seg.some((s) => HEADS.has(s.lower));
    const place = placeListStart(tokens, k);
    // (The segment's words before a relative pronoun in it, if one stands there.)
    const relative = relativeIn(seg);
    const beforeRelative = relative > 0 ? seg.slice(0, relative) : [];
    // (Or before a participle that opens a reduced one: "a former airline executive | hired last year".)
    const participle = seg.findIndex((t, k) => k >= 2 && t.kind === 'word' && !t.cap && isPastForm(t.lower) && isWord(seg[k - 1]) && !seg[k - 1].cap && !DETERMINERS.has(seg[k - 1].lower));
    const beforeParticiple = participle > 0 ? seg.slice(0, participle) : [];
    // (What such a segment says of the one before it, cut short before the clause.)
    const describesBefore = (part: Token[]): boolean => APPOSITION_ARTICLES.has(first.lower) && part.length > 1 && namesSomebody(part) && isApposition(part);
    const shortened = describesBefore(beforeRelative) ? beforeRelative : describesBefore(beforeParticiple) && k > 0 && isWord(tokens[k - 1]) ? beforeParticiple : null;
    const example = exampleStart(seg);
    if (example > 0 && k > 0 && isWord(tokens[k - 1]) && (isPeoplePlural(tokens[k - 1].lower) || GROUP_QUANTIFIERS.has(tokens[k - 1].lower)) && endsInName(seg.slice(example))) {
      // "Others, like the transport analyst Lena Morrow, warned", "Critics, including Senator Ed Moss, said":
      // the one named as an example of the group is who the sentence quotes.
      // ("like Priya Nandakumar at Eastgate Partners": the name without where she works.)
      const at = seg.findIndex((t, n) => n > example + 1 && AFFILIATION_PREPOSITIONS.has(t.lower) && seg[n - 1].cap);
      np = seg.slice(example, at > 0 ? at : seg.length);
      npFrom = k + 1 + example;
      break;
    } else if (seg.length === 1 && PARENTHETICAL_ADVERBS.has(first.lower)) {
      // "The party's youth wing, meanwhile, vowed": an adverb set off by commas.
      j = k - 1;
    } else if (opensAdjunct(first) && /ed$/.test(first.lower) && !ACCESS_VERBS.has(first.lower) && seg[1]?.lower === 'by' && DOCUMENT_HEADS.has(tokens[k - 1]?.lower ?? '') && seg.length > 2 && namesSomebody(seg.slice(2))) {
      // "The letter, signed by 40 lawmakers, urged …": who signed a document speaks in it.
      np = seg.slice(2);
      npFrom = k + 3;
      break;
    } else if (opensAdjunct(first) && !titledName(seg)) {
      // "..., who has been involved in ..., said", "..., speaking on condition of anonymity, said"
      j = skipLeftAdjuncts(tokens, k - 1);
    } else if (place >= 0 && opensAdjunct(tokens[place])) {
      // "..., speaking at a rally in Harbour Town, Green County, insisted": the place's second part ends
      // an adjunct; nobody named in it speaks.
      j = skipLeftAdjuncts(tokens, place - 2);
    } else if (namesDescription(tokens, k, seg) || titledName(seg)) {
      // "The largest union, the National Farmers Alliance, said", "A smaller group, Young Growers, said":
      // the name set off after a description is who speaks; so is a title and a name ("The union's
      // president, Captain Lena Fischer, said").
      // ("Her employer, the contractor Brightclean, says": the name, without what it is.)
      const start = describedNameStart(seg);
      const lead = titledName(seg) || start <= 1 ? 0 : start;
      np = seg.slice(lead);
      npFrom = k + 1 + lead;
      break;
    } else if (isPluralTitle(first) && seg.length <= MAX_POST_APPOSITION && seg.every((s) => isWord(s) && !isVerbish(s)) && tokens.slice(Math.max(0, k - PAIR_REACH), k).some((t) => t.lower === 'and')) {
      // "Ana Ruiz and Tom Hale, co-chairs of the committee, said": a pair's post, in the plural.
      appositions.push(seg);
      j = k - 1;
    } else if ((titled || APPOSITION_ARTICLES.has(first.lower)) && namesSomebody(seg) && isApposition(seg) && !surnamedName(seg)) {
      // "Ed Moss, a Utah Democrat, called": the apposition describes; the name before it speaks.
      if (titled || seg.some((s) => isPluralTitle(s))) appositions.push(seg);
      j = k - 1;
    } else if (first.lower === 'one' && seg[1]?.lower === 'of' && seg.length > 3 && DETERMINERS.has(seg[2].lower) && isApposition(seg.slice(2))) {
      // "Ana Ruiz, one of the leaders of the protest, said": one of a group, set off after the name, describes her too
      // (as written, for her post: "one of the lead negotiators").
      if (seg.some((x) => HEADS.has(x.lower) || isPluralTitle(x))) appositions.push(seg);
      j = k - 1;
    } else if (shortened) {
      // "Ola Tane, the island minister who chairs the reef alliance, warned": an apposition
      // with a relative clause of its own describes too; so does one with a participle's clause
      // ("Tom Hale, a former airline executive hired by the port last year, said", "The union, a group
      // founded in 1990, said").
      if (shortened.some((s) => HEADS.has(s.lower))) appositions.push(shortened);
      j = k - 1;
    } else if (isAgeOrAffiliation(seg) && k > 0 && isWord(tokens[k - 1]) && tokens[k - 1].cap) {
      // "Dorn, 53, told", "Moss, DFL-Eastfield, said": an age or a party tag after the name.
      j = k - 1;
    } else if (isSetOffName(nameOfBody(seg))) {
      // "..., Amira Haddad, urged": the name set off by commas after a title phrase.
      // ("A farm leader, Kavitha Rao of the Kisan Union, said": with where the person works.)
      np = seg;
      npFrom = k + 1;
      break;
    } else break;
    // ("His father, Robert Kane Sr., who led the federation, told": a suffix's period before the hopped clause.)
    if (suffixPeriodAt(tokens, j)) j--;
    np = leftPhrase(tokens, j, 0);
    npFrom = j - np.length + 1;
    // "Lopes, 54, a former trade negotiator, said": an age left before the apposition is hopped too.
    if (np.length && isAgeOrAffiliation(np) && isComma(tokens[npFrom - 1])) {
      j = npFrom - 2;
      np = leftPhrase(tokens, j, 0);
      npFrom = j - np.length + 1;
    }
  }
  if (np.length === 1 && RELATIVES.has(np[0].lower) && isComma(tokens[npFrom - 1])) {
    // "..., Sofia Lind, who said": the relative pronoun stands for the phrase just before it.
    const antecedent = leftPhrase(tokens, npFrom - 2, 0);
    if (antecedent.length && namesSomebody(antecedent) && !RELATIVES.has(antecedent[0].lower)) {
      np = antecedent;
      npFrom -= antecedent.length + 1;
      // ("Cal Brody, a leader of the hard-right faction, who vowed …": after an apposition, the pronoun
      // means the person it describes, named before it.)
      const named = APPOSITION_ARTICLES.has(np[0].lower) && isApposition(np) && isComma(tokens[npFrom - 1]) ? leftPhrase(tokens, npFrom - 2, 0) : [];
      if (named.length && named[named.length - 1].cap && !isStopCapitalised(named[named.length - 1]) && namesSomebody(named)) {
        if (np.some((t) => HEADS.has(t.lower))) appositions.push(np);
        np = named;
        npFrom -= named.length + 1;
      }
    }
  }
  if (!np.length || !namesSomebody(np)) return { np, appositions, from: npFrom, j };
  // "Ana Vogel, the party leader, and Tom Stack, her deputy, said": two people speak together.
  const partner = partnerBefore(tokens, npFrom, np);
  if (partner) return { np: [...partner.name, partner.and, ...np], appositions: [], from: partner.from, j };
  // "“…,” Sen. Maria Delgado told reporters": the abbreviated title and its period belong to the phrase.
  if (abbreviatedTitleAt(tokens, npFrom - 2)) npFrom -= 2;
  // "The bloc's trade chief, Vera Lind, called for": the title phrase before the name.
  // (Only before a name: "The offer values the firm at $5 billion, two sources said" has no title phrase.)
  if (isComma(tokens[npFrom - 1]) && !(np.length === 1 && isPronoun(np[0])) && np.some((t) => t.cap && !isStopCapitalised(t))) {
    const k = boundaryBefore(tokens, npFrom - 1);
    const seg = tokens.slice(k + 1, npFrom - 1);
    // (A post in the plural before two names: "The union’s co-chairs, Ana Ruiz and Tom Hale, said".)
    const pair = np.some((t) => t.lower === 'and');
    // (At the sentence's start, or right after the quotation: "“…,” the mill’s owner, Rui Sato, told".)
    // (Not an organisation described by whose it is: "President Ana Lee's party, the Democratic Centre,".)
    const last = seg[seg.length - 1]?.lower ?? '';
    // ("The co-chairs of the budget committee, …": a body in the post's complement is no such description.)
    // (A person's full name after it still takes the post: "the mill's owner, Rui Sato,".)
    const body = ORG_HEADS.has(last) && !TITLE_HEADS.has(last) && !seg.some((t) => t.lower === 'of') && (np[0].lower === 'the' || np.length === 1);
    if (seg.length && (k < 0 || tokens[k].kind === 'quote') && !body && seg.some((s) => HEADS.has(s.lower) || (pair && isPluralTitle(s))) && isApposition(seg)) {
      appositions.push(seg);
      // The title phrase is part of who speaks, never words spoken ("The party's leader, Anja Brück, urged calm.").
      npFrom = k + 1;
    }
  }
  return { np, appositions, from: npFrom, j };
}

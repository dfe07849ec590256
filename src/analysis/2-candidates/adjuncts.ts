import { openingBracket, type Token } from '../1-segment/tokens';
import { DETERMINERS, IRREGULAR_PAST, isPeoplePlural, isStopCapitalised } from '../words/words';
import {
  ADJUNCT_PREPOSITIONS, ADVERBIAL_CLAUSE_OPENERS, ASKING_OPENERS, AUXILIARIES, CLAUSE_LINKS, CLAUSE_OPENER_ADVERBIALS, CONTENT_BLOCKERS, CONTRAST_CONJUNCTIONS, COORDINATORS, DAYS, HOP_PREPOSITIONS,
  LEADING_ADVERBS, OBJECT_STOPS, PARENTHETICAL_ADVERBS, PERIOD_WORDS, PROSPECTIVE_WORDS, PARTS_OF_DAY, RIGHT_ADVERBS, TIME_PHRASE_WORDS, TIME_WORDS, VERB_FORMS, type VerbEntry,
} from './cueWords';
import { isComma, isFinite, isPronoun, isQuote, isWord, quoteEndsInComma } from './phrases';
import { ADJUNCT_PHRASE, ADVERBIAL_CLAUSE, CLAUSE_VERB_REACH, MIN_LY_ADVERB, SHORT_PLACE, CONTRAST_REACH, HOP_PHRASE, MAX_OBJECT, MAX_RIGHT_ADJUNCTS, SHORT_ADJUNCT } from './windows';

// Adjuncts: the words between a verb and its speaker or its content that belong to neither.

/** Participles of hearsay before "to have" ("is understood to have told"). */
const HEARSAY_PARTICIPLES: ReadonlySet<string> = new Set(['understood', 'said', 'believed', 'reported', 'thought', 'known', 'alleged', 'rumoured', 'rumored']);
/** Quantifiers that may float after a plural subject ("the unions all said"). */
const FLOATED_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);
/** Forms of "be" before a hearsay participle. */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/** Forms of "go" before "on to" ("went on to say"). */
const GO_FORMS: ReadonlySet<string> = new Set(['went', 'goes', 'go', 'going', 'gone']);

/** Adverbs of adding or limiting, between a reporting verb and "that" ("added further that", "said only that"). */
const ADDING_ADVERBS: ReadonlySet<string> = new Set(['further', 'moreover', 'furthermore', 'additionally', 'only', 'merely']);

/** Words after a form of "be" whose "to" is done all the same ("was quick to point out", "was keen to stress"). */
const PROMPT_WORDS: ReadonlySet<string> = new Set(['quick', 'keen', 'eager', 'careful', 'swift', 'anxious']);
/** Forms of "take" and "use" before a medium and "to" ("took to social media to say", "used the speech to warn"). */
const MEDIUM_VERBS: ReadonlySet<string> = new Set(['took', 'takes', 'used', 'uses']);
/** Those of them that take "to" before the medium ("took | to | Twitter"). */
const MEDIUM_VERBS_WITH_TO: ReadonlySet<string> = new Set(['took', 'takes']);
/** Most words of the medium in "took to | social media | to say". */
const MAX_MEDIUM_WORDS = 4;

/**
 * Where the words start whose "to" at `k` still reports a verb done all the same, or -1: "went on to
 * say", "was quick to point out", "was at pains to stress", "took to social media to say", "used the
 * speech to warn".
 */
export function doneToStart(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'to') return -1;
  const w = (n: number): string => tokens[n]?.lower ?? '';
  if (w(k - 1) === 'on' && GO_FORMS.has(w(k - 2))) return k - 2;
  // ("went so far as to call out …", "has gone as far as to accuse …": the subject did it all the same.)
  if (w(k - 1) === 'as' && w(k - 2) === 'far' && (w(k - 3) === 'so' || w(k - 3) === 'as') && GO_FORMS.has(w(k - 4))) return k - 4;
  if (PROMPT_WORDS.has(w(k - 1)) && BE_FORMS.has(w(k - 2))) return k - 2;
  if (w(k - 1) === 'pains' && w(k - 2) === 'at' && BE_FORMS.has(w(k - 3))) return k - 3;
  if (isAttemptTo(tokens, k)) return k - 1;
  for (let m = k - 1; m >= 0 && k - m <= MAX_MEDIUM_WORDS + 1; m--) {
    if (!isWord(tokens[m])) return -1;
    // ("took to | Twitter |", "used | his speech |": the verb, then a few words for the medium.)
    if (m < k - 1 && MEDIUM_VERBS.has(w(m)) && (!MEDIUM_VERBS_WITH_TO.has(w(m)) || w(m + 1) === 'to')) return m;
  }
  return -1;
}

/** Verbs of trying before "to" ("sought to reassure", "tried to explain"). */
const ATTEMPT_VERBS: ReadonlySet<string> = new Set(['sought', 'seeks', 'seeking', 'tried', 'tries', 'trying', 'attempted', 'attempts', 'attempting', 'moved', 'moves']);
/**
 * Is token `k` the "to" after a verb of trying ("sought to | reassure")? Only verbs of assuring and
 * explaining are done all the same after it (the cues stage checks which).
 */
export const isAttemptTo = (tokens: Token[], k: number): boolean => tokens[k]?.lower === 'to' && ATTEMPT_VERBS.has(tokens[k - 1]?.lower ?? '');

/** Is token `k` the "to" of "is expected to", "are due to" (the verb after it is speech still to come)? */
export const isProspectiveTo = (tokens: Token[], k: number): boolean =>
  tokens[k]?.lower === 'to' && PROSPECTIVE_WORDS.has(tokens[k - 1]?.lower ?? '') && BE_FORMS.has(tokens[k - 2]?.lower ?? '');

/** Words after "at" that make it a limit on a number ("at least", "at most"), no preposition. */
const QUANTITY_LIMITS: ReadonlySet<string> = new Set(['least', 'most']);
/** Does a limit on a number ("at least 40 people") open at `i`? */
export const isQuantityLimit = (tokens: Token[], i: number): boolean => tokens[i]?.lower === 'at' && QUANTITY_LIMITS.has(tokens[i + 1]?.lower ?? '');

/** Nouns that end in -ly, never adverbs between a subject and its verb ("the farmers' family", "an ally"). */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'italy']);

/** Pronouns that stand as an object ("told | him | ..."). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** Fewest letters of a past tense in -ed ("aided"), so that "bed", "red" or "shed" are none. */
const MIN_PAST_LETTERS = 5;

/** Is `t` a lower-case -ly adverb ("promptly", "privately")? */
const isLyAdverb = (t: Token): boolean => !t.cap && t.lower.length > MIN_LY_ADVERB && t.lower.endsWith('ly');

/** Skips, leftwards from `j`, the auxiliaries, adverbs and time phrases between a subject and its verb. */
export function skipLeftAdjuncts(tokens: Token[], j: number): number {
  for (;;) {
    const t: Token | undefined = tokens[j];
    if (!t || t.kind !== 'word') {
      if (t && t.kind === 'punct' && t.text === ')') {
        const open = openingBracket(tokens, j);
        if (open > 0) { j = open - 1; continue; }
      }
      return j;
    }
    // "The premier is understood to have told colleagues": hearsay about the speech; the subject speaks.
    if (t.lower === 'have' && tokens[j - 1]?.lower === 'to' && HEARSAY_PARTICIPLES.has(tokens[j - 2]?.lower ?? '') && BE_FORMS.has(tokens[j - 3]?.lower ?? '')) { j -= 4; continue; }
    // "The premier is expected to tell MPs": what is to come; the subject speaks.
    if (isProspectiveTo(tokens, j)) { j -= 3; continue; }
    // "She went on to say that …", "was quick to point out": the subject spoke all the same.
    const done = doneToStart(tokens, j);
    if (done >= 0) { j = done - 1; continue; }
    // ("has long said", but "Mrs Long said", "Will Hale said": a capitalised word there is a name.)
    if (AUXILIARIES.has(t.lower) && !isPronoun(t) && !t.cap) { j--; continue; }
    // "The unions all urged", "they both said": a quantifier floated after a plural subject.
    // ("Ruiz and Hale both said", "Ana Ruiz and Tom Hale both said": or after two names joined by "and".)
    const pair = (): boolean => tokens[j - 1].cap && !isStopCapitalised(tokens[j - 1]) && (tokens[j - 2]?.lower === 'and' || (!!tokens[j - 2]?.cap && tokens[j - 3]?.lower === 'and'));
    if (FLOATED_QUANTIFIERS.has(t.lower) && isWord(tokens[j - 1]) && (isPeoplePlural(tokens[j - 1].lower) || tokens[j - 1].lower === 'they' || tokens[j - 1].lower === 'we' || pair())) { j--; continue; }
    // "Varga promptly confirmed", "she quickly added": an adverb right after a name or pronoun
    // ("the family said" keeps its noun), or after an auxiliary ("has apparently signalled").
    const before = tokens[j - 1];
    // ("developing nations immediately rejected": or after a plural noun for people, unless the word is a noun in -ly itself.)
    if (isLyAdverb(t) && isWord(before) && (((before.cap || isPronoun(before)) && !isStopCapitalised(before)) || (AUXILIARIES.has(before.lower) && !isPronoun(before))
      || (!before.cap && isPeoplePlural(before.lower) && !LY_NOUNS.has(t.lower)))) { j--; continue; }
    if (DAYS.has(t.lower) || (PARTS_OF_DAY.has(t.lower) && DAYS.has(tokens[j - 1]?.lower ?? ''))) {
      j--;
      if (tokens[j]?.lower === 'on') j--;
      continue;
    }
    return j;
  }
}

/** Skips, rightwards from `i`, time phrases, "in a statement", "to reporters" and similar adjuncts. */
export function skipRightAdjuncts(tokens: Token[], i: number, verb: VerbEntry): number {
  let guard = 0;
  while (i < tokens.length && guard++ < MAX_RIGHT_ADJUNCTS) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === '(') {
      let k = i;
      while (k < tokens.length && tokens[k].text !== ')') k++;
      if (k < tokens.length) { i = k + 1; continue; }
      return i;
    }
    // "said, however, that ...": a parenthetical adverb between commas.
    if (isComma(t) && PARENTHETICAL_ADVERBS.has(tokens[i + 1]?.lower ?? '') && isComma(tokens[i + 2])) { i += 3; continue; }
    // "argued during a service in Kelbrook town, Ashby County, that ...": a place set off by commas
    // after an adjunct, before "that".
    if (isComma(t) && guard > 1) {
      let k = i + 1;
      while (k < tokens.length && k - i <= SHORT_PLACE && isWord(tokens[k]) && tokens[k].cap) k++;
      if (k > i + 1 && isComma(tokens[k]) && tokens[k + 1]?.lower === 'that') { i = k + 1; continue; }
    }
    // "said as he left the capital that …", "said on Monday, before boarding, that …": an adverbial clause before "that".
    const opener = isComma(t) ? tokens[i + 1] : t;
    // ("said, citing its ambassador, that …": a participle phrase set off by commas before "that".)
    // (Only one set off: a comma closes it right before "that"; "said, adding that …" reports on its own.)
    const participial = isComma(t) && !!opener && isWord(opener) && !opener.cap && /ing$/.test(opener.lower);
    if (opener && (ADVERBIAL_CLAUSE_OPENERS.has(opener.lower) || participial)) {
      const that = thatAfterAdverbial(tokens, i + 1);
      if (that > 0 && (!participial || ADVERBIAL_CLAUSE_OPENERS.has(opener.lower) || isComma(tokens[that - 1]))) { i = that; continue; }
    }
    if (!isWord(t)) return i;
    if (DAYS.has(t.lower) || (TIME_WORDS.has(t.lower) && DAYS.has(tokens[i + 1]?.lower ?? '')) || RIGHT_ADVERBS.has(t.lower)) { i++; continue; }
    // ("said late on Friday it would …": words of time that end in a day.)
    if (TIME_WORDS.has(t.lower) && TIME_WORDS.has(tokens[i + 1]?.lower ?? '') && DAYS.has(tokens[i + 2]?.lower ?? '')) { i += 3; continue; }
    // "said last week that", "said earlier this month that": words of time alone, then "that".
    const that = timeThenThat(tokens, i);
    if (that > i) { i = that; continue; }
    // "said privately that", "insisted publicly that": an -ly adverb before "that".
    // ("added further that", "noted moreover that": so is an adverb of adding.)
    if ((isLyAdverb(t) || ADDING_ADVERBS.has(t.lower)) && tokens[i + 1]?.lower === 'that') { i++; continue; }
    // ("…, several lawmakers said privately.", "…, he said bluntly,": an -ly adverb ending the cue.)
    if (isLyAdverb(t) && (!tokens[i + 1] || tokens[i + 1].kind === 'punct')) { i++; continue; }
    // "urged both leaders to work ...": the infinitive is the content, not a place or time.
    if (t.lower === 'to' && verb.takesInfinitive && isWord(tokens[i + 1]) && !tokens[i + 1].cap && !DETERMINERS.has(tokens[i + 1].lower)) return i;
    // ("told reporters in the lobby | of the hotel | that": an "of" phrase goes on the place or object before it,
    // unless the verb takes "of" itself: "accused the board of …".)
    const ofPhrase = t.lower === 'of' && guard > 1 && !verb.needs?.includes('of') && !verb.particles?.includes('of');
    // ("said at least 40 people had been killed": "at least", "at most" count what follows; they open no place.)
    if (isQuantityLimit(tokens, i)) return i;
    if (ADJUNCT_PREPOSITIONS.has(t.lower) || ofPhrase) {
      const next = afterPrepositional(tokens, i);
      if (next < 0) return i;
      i = next;
      continue;
    }
    if (verb.withObject && guard === 1) {
      const next = afterObject(tokens, i, verb);
      if (next < 0) return i;
      if (next > i) { i = next; continue; }
    }
    return i;
  }
  return i;
}

/** The "that" after a phrase at `i` of time words alone ("last week", "earlier this month", "two weeks ago"), or -1. */
function timeThenThat(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k - i < MAX_TIME_PHRASE && isWord(tokens[k]) && (TIME_WORDS.has(tokens[k].lower) || TIME_PHRASE_WORDS.has(tokens[k].lower) || /^\d+$/.test(tokens[k].text))) k++;
  // (One word more than a preposition or "the", and some word of time that is no mere article: "last week", not "on the".)
  const timed = tokens.slice(i, k).some((t) => DAYS.has(t.lower) || PERIOD_WORDS.has(t.lower));
  return k - i >= 2 && timed && tokens[k]?.lower === 'that' ? k : -1;
}

/** Most words of a time phrase between a verb and "that" ("earlier this month", "late on Friday night"). */
const MAX_TIME_PHRASE = 5;

/** The "that" opening a clause a few words after an adverbial clause's opener at `i` ("as he left the capital that …"), or -1. */
function thatAfterAdverbial(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k - i <= ADVERBIAL_CLAUSE; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' && !isComma(t)) return -1;
    // ("said when the union rejected the offer that was on the table": a relative "that" opens no clause with a subject.)
    if (t.lower === 'that') return looksLikeClause(tokens, k + 1) ? k : -1;
  }
  return -1;
}

/** Where the words after a prepositional adjunct at `i` go on, or -1 when it is not one to skip. */
function afterPrepositional(tokens: Token[], i: number): number {
  const t = tokens[i];
  // A short prepositional phrase that is followed by "that", a colon or a quotation.
  let k = i + 1;
  // ("in an interview published on Sunday that", "in a video posted online that": a participle after the
  // phrase's noun describes it; it reports nothing of its own.)
  const describesNoun = (m: number): boolean => /ed$/.test(tokens[m].lower) && m > i + 1 && isWord(tokens[m - 1]) && !tokens[m - 1].cap && !DETERMINERS.has(tokens[m - 1].lower) && !isPronoun(tokens[m - 1])
    && !COORDINATORS.has(tokens[m - 1].lower) && !CONTENT_BLOCKERS.has(tokens[m - 1].lower) && DETERMINERS.has(tokens[i + 1].lower);
  while (k < tokens.length && k - i <= ADJUNCT_PHRASE && isWord(tokens[k]) && tokens[k].lower !== 'that' && (!VERB_FORMS.has(tokens[k].lower) || describesNoun(k))) k++;
  const stop = tokens[k];
  if (stop && (stop.lower === 'that' || (stop.kind === 'punct' && stop.text === ':') || isQuote(stop) || isComma(stop))) return k;
  // "posted on her blog the board had ...": a short phrase, then a clause.
  for (let n = 1; n <= HOP_PHRASE; n++) {
    const c = tokens[i + 1 + n];
    if (c && c.kind === 'word' && HOP_PREPOSITIONS.has(t.lower) && tokens.slice(i + 1, i + 1 + n).every((x) => isWord(x) && !CONTENT_BLOCKERS.has(x.lower))
      && (DETERMINERS.has(c.lower) || isPronoun(c) || c.cap) && looksLikeClause(tokens, i + 1 + n)) return i + 1 + n;
  }
  // "said to NOS.", "told reporters on Thursday"
  if (k - i <= SHORT_ADJUNCT && (!stop || stop.kind === 'punct')) return k;
  // "said on Thursday" / "said in Brussels" before a clause
  if (k - i >= 2 && (DAYS.has(tokens[i + 1].lower) || tokens[i + 1].cap) && k - i <= SHORT_ADJUNCT) return i + 2;
  return -1;
}

/**
 * Where the content starts after a short object at `i` ("told reporters that", "accused the rebels of",
 * "urged both delegations to"): -1 when a clause starts there, `i` when there is no object to skip.
 */
function afterObject(tokens: Token[], i: number, verb: VerbEntry): number {
  let k = i;
  // An object has no verb of its own: "warned they would not" is a clause, not an object.
  // ("told the House of Commons that": "of" inside a capitalised name is no stop.)
  const stops = (m: number): boolean => OBJECT_STOPS.has(tokens[m].lower) && !(tokens[m].lower === 'of' && m > i && tokens[m - 1].cap && !!tokens[m + 1]?.cap);
  // ("told the Financial Times | in an interview published on Sunday that": a place or time after the object is an adjunct of its own.)
  const adjunct = (m: number): boolean => m > i && ADJUNCT_PREPOSITIONS.has(tokens[m].lower) && DETERMINERS.has(tokens[m + 1]?.lower ?? '');
  while (k < tokens.length && k - i < MAX_OBJECT && isWord(tokens[k]) && !finiteAt(tokens, k) && !stops(k) && !adjunct(k)) k++;
  if (k > i && isWord(tokens[k]) && adjunct(k)) return k;
  if (finiteAt(tokens, k)) return verb.objectFirst ? objectEnd(tokens, i) : -1;
  const stop = tokens[k];
  // ("urged members | not to accept …": a negator before the infinitive is the content's, not the object's.)
  if (stop?.lower === 'to' && tokens[k - 1]?.lower === 'not' && k - 1 > i) return k - 1;
  if (k > i && stop && (OBJECT_STOPS.has(stop.lower) || isQuote(stop) || stop.text === ':' || (k - i <= SHORT_ADJUNCT && stop.kind === 'punct'))) return k;
  // ("told a news conference in Geneva, where the talks are held, that …": an adverbial clause after the object, then "that".)
  if (k > i && isComma(stop) && ADVERBIAL_CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? '') && thatAfterAdverbial(tokens, k + 1) > 0) return k;
  return i;
}

/**
 * Where the object at `i` of a verb that always names who is told ends, before the clause it is
 * told ("told | reporters | the deal was close", "told | the BBC | talks", "told | him | it"); -1 when
 * no such object stands there.
 */
function objectEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  let k = i;
  if (DETERMINERS.has(t.lower)) k++;
  const start = k;
  while (isWord(tokens[k]) && tokens[k].cap) k++;
  if (k > start) return k;
  // "told reporters", "told waiting reporters", "told a few foreign journalists".
  for (let d = k; d < k + 3 && isWord(tokens[d]) && !tokens[d].cap && !isFinite(tokens[d]); d++) if (isPeoplePlural(tokens[d].lower)) return d + 1;
  // "told parliament he …", "told staff the …": a bare noun right before the clause's subject.
  const bare = tokens[i + 1];
  if (k === i && isWord(t) && !t.cap && !isFinite(t) && !isPronoun(t) && !DETERMINERS.has(t.lower) && isWord(bare) && (DETERMINERS.has(bare.lower) || SUBJECT_PRONOUNS.has(bare.lower) || bare.cap)) return i + 1;
  if (k > i) {
    // "told her staff the deal …", "told the union it …": a determiner and a noun or two, then the clause's subject.
    while (k - start < 2 && isWord(tokens[k]) && !tokens[k].cap && !isFinite(tokens[k]) && !DETERMINERS.has(tokens[k].lower) && !isPronoun(tokens[k])) k++;
    const next = tokens[k];
    if (k > start && isWord(next) && (DETERMINERS.has(next.lower) || isPronoun(next) || next.cap)) return k;
  }
  return OBJECT_PRONOUNS.has(t.lower) ? i + 1 : -1;
}

/** Does the text at `i` start a clause ("the pair had also invited ...") rather than an object ("a letter")? */
export function looksLikeClause(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + CLAUSE_VERB_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    // ("charged against the plan and has asked …": a verb after "and" is the speaker's own second verb.)
    if (COORDINATORS.has(t.lower)) return false;
    if (k > i && finiteAt(tokens, k)) return true;
  }
  return false;
}

/** Does a finite verb follow word `i` before the next punctuation ("that talks on a truce between the two sides had …")? */
export function finiteBeforePunct(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && isWord(tokens[k]); k++) if (finiteAt(tokens, k)) return true;
  return false;
}

/** Is the word at `k` a finite verb: an auxiliary ("was", "would") or a past tense after its subject? */
const finiteAt = (tokens: Token[], k: number): boolean => isFinite(tokens[k]) || (isWord(tokens[k]) && isPastVerb(tokens, k));

/** Past tenses of linking verbs, finite before the word they link too ("the gap remained wide"): no participle reads so. */
const LINKING_PAST: ReadonlySet<string> = new Set(['remained', 'seemed', 'appeared', 'proved', 'looked', 'sounded', 'stayed']);

/** Subject pronouns, which a past verb may follow ("the union said they rejected …"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/**
 * Is the word at `k` a past tense after its subject ("the offer fell short", "the union rejected the
 * offer")? Not after a determiner or "to" ("the revised offer"), and a form in -ed only before its
 * object or the end of the clause (a participle: "the progress achieved in the talks").
 */
function isPastVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (t.cap || !prev || prev.kind !== 'word' || DETERMINERS.has(prev.lower) || prev.lower === 'to' || isLyAdverb(prev)) return false;
  // ("has agreed", "told them agreed …": after an auxiliary or an object pronoun it is no past tense of a subject's.)
  if (!prev.cap && !SUBJECT_PRONOUNS.has(prev.lower) && (AUXILIARIES.has(prev.lower) || OBJECT_PRONOUNS.has(prev.lower))) return false;
  const next = tokens[k + 1];
  // ("the gains made by the army": a participle before its agent.)
  if (next?.lower === 'by') return false;
  if (IRREGULAR_PAST.has(t.lower) || LINKING_PAST.has(t.lower)) return true;
  if (!/[^e]ed$/.test(t.lower) || t.lower.length < MIN_PAST_LETTERS) return false;
  return !next || next.kind === 'punct' || next.kind === 'quote' || DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'that' || next.lower === 'to';
}

/** Can these words open a clause of reported speech (not "During the talks", "Still reeling from")? */
export function opensClause(tokens: Token[], from: number, to: number): boolean {
  const t = tokens[from];
  if (!t || t.kind === 'punct') return false;
  if (t.kind === 'quote' || t.lower === 'but') return true;
  if (ASKING_OPENERS.has(t.lower)) return false;
  const adverbial = CONTENT_BLOCKERS.has(t.lower) || /ing$/.test(t.lower) || LEADING_ADVERBS.has(t.lower) || CLAUSE_OPENER_ADVERBIALS.has(t.lower);
  return !adverbial || tokens.slice(from, to).some(isFinite);
}

/** Where a clause with its own subject starts before the cue at `from` (", but conservatives ...", ", as the envoy said"), or -1. */
export function newClause(tokens: Token[], from: number): number {
  for (let k = from - 1; k > 0 && from - k <= CONTRAST_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return -1;
    // ("“… hostage,” while the White House said": the comma may stand inside the closing mark.)
    if (CONTRAST_CONJUNCTIONS.has(t.lower) || CLAUSE_LINKS.has(t.lower)) return isComma(tokens[k - 1]) ? k - 1 : quoteEndsInComma(tokens[k - 1]) ? k : -1;
  }
  return -1;
}

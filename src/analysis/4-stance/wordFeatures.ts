import type { Candidate } from '../2-candidates/candidates';
import { PROPOSITION_NOUNS } from '../2-candidates/cueWords';
import type { Token } from '../1-segment/tokens';
import hedgeLexicon from './hedges.lexicon.json';
import { DISTANCERS, escapeRegExp, MINIMISERS, NAMING_VERBS, NEGATORS, normalise, NOT_VALENCE, phraseAt, SUBJECT_NEGATORS, SUPPORTIVE_GROUPS, type StanceLexicon } from './lexicon';
import { perWord } from '../memo';
import { lowerBound } from '../search';
import { CLAUSE_NEGATION_REACH_WORDS, CONTEXT_REACH_CHARS, FEATURE_CAP, NEGATION_REACH_CHARS, NEGATION_REACH_WORDS, VADER_NEGATION_SCALAR, VADER_SCALE } from './thresholds';
import vader from './vader.lexicon.json';

/** Where a feature fired: the words, with offsets (relative to the text they were read from). */
export interface Evidence {
  feature: string;
  text: string;
  start: number;
  end: number;
  /** The negator that governs the words ("not"), for negated features. */
  negator?: string;
}

/** Feature values of some words, and the words behind each. */
export interface WordFeatures {
  values: Record<string, number>;
  evidence: Evidence[];
}

/** VADER valences by word (a Map: a plain object would answer "constructor"). */
const VALENCE: ReadonlyMap<string, number> = new Map(Object.entries(vader.words));
const VADER_NEGATIONS: ReadonlySet<string> = new Set(vader.negations);
/** Words that end the reach of a negator: a new clause or an infinitive ("no mandate to trade away"). */
const SCOPE_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?', 'to', 'that', 'but', 'because', 'while', 'if']);
/** Function words, which describe no noun between a phrase's article and its noun ("reach a | deal"). */
const CLOSED_CLASS: ReadonlySet<string> = new Set(['of', 'and', 'or', 'nor', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'as', 'than', 'which', 'who', 'whom', 'where', 'when', 'what', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'these', 'those', 'their', 'his', 'her', 'our', 'your', 'my', 'any', 'some', 'all', 'a', 'an', 'the', 'we', 'they', 'he', 'she', 'i', 'you', 'so', 'very', 'more', 'most', 'less', 'least']);
let hedgeRe: RegExp | null = null;
/** Words that open a condition or an open question ("if", "whether"): what their clause calls good is not yet so. */
const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'provided', 'providing']);
/** Words that end a condition's clause. */
const CONDITION_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?', 'but', 'because', 'while', 'then', 'so']);
/** Words of doubt ("sceptical that", "doubt"): what their clause calls good is doubted, a caution. */
const DOUBTERS: ReadonlySet<string> = new Set(['sceptical', 'skeptical', 'doubt', 'doubts', 'doubted', 'doubtful', 'unconvinced', 'dubious']);

/** What negation and valence need to know of a word, whatever its place. */
interface WordKind {
  /** Negates what follows ("not", "never", "isn't"). */
  negates: boolean;
  /** Negates what follows unless a quantity is meant ("little", but "a little"). */
  minimiser: boolean;
  /** A negative subject ("nobody", "neither"), which negates its whole clause. */
  clauseNegator: boolean;
  /** Ends the reach of a negator. */
  breaks: boolean;
  /** Its VADER valence, if VADER knows it. */
  valence: number | undefined;
  /** Disowns the label after it ("so-called"). */
  distances: boolean;
  /** A verb of naming ("calling"), which disowns the label after it when "what" comes before. */
  names: boolean;
}

/** What negation and valence need to know of word `w`, worked out once. */
const kindOf = perWord((w): WordKind => {
  const clauseNegator = SUBJECT_NEGATORS.has(w);
  return { negates: clauseNegator || NEGATORS.has(w) || VADER_NEGATIONS.has(w) || w.endsWith("n't"), minimiser: MINIMISERS.has(w), clauseNegator, breaks: SCOPE_BREAKS.has(w), valence: NOT_VALENCE.has(w) ? undefined : VALENCE.get(w), distances: DISTANCERS.has(w), names: NAMING_VERBS.has(w) };
});

/** A word (or a clause comma) of normalised text, with what negation needs to know of it. */
interface Word {
  text: string;
  at: number;
  kind: WordKind;
  /** It negates what follows here. */
  negator: boolean;
  /**
   * The speaker disowns the label after it ("so-called", "what they are calling"): a negator in a
   * speaker's own words, but not in the writer's ("the union cited what it calls a refusal" is the union's label).
   */
  disowns: boolean;
}

/** A letter at a given place (sticky), for characters beyond ASCII. */
const LETTER_AT = /\p{L}/uy;

/** How many code units the letter at `s[i]` takes (2 for one beyond the BMP), or 0 if it is none. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(s) ? LETTER_AT.lastIndex - i : 0;
}

/** Apostrophes and hyphens, which may stand inside a word. */
const isJoiner = (c: string): boolean => c === "'" || c === '’' || c === '-';

/** How far back "what" may stand before a verb of naming: "what the council is calling". */
const WHAT_REACH = 4;

/** "what" stands among the last few words, in the same clause: the verb of naming next disowns its label. */
function namedAfterWhat(words: Word[]): boolean {
  for (let k = words.length - 1; k >= 0 && k >= words.length - WHAT_REACH; k--) {
    if (words[k].text === 'what') return true;
    if (words[k].kind.breaks) return false;
  }
  return false;
}

/** The words of normalised text (as `WORD` reads them: letters with inner apostrophes and hyphens, clause commas and the marks that end a sentence), in one pass. */
function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  const add = (w: string, at: number): void => {
    const kind = kindOf(w);
    out.push({ text: w, at, kind, negator: kind.negates || (kind.minimiser && out[out.length - 1]?.text !== 'a'), disowns: kind.distances || (kind.names && namedAfterWhat(out)) });
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    // (A sentence's end is a clause break too: "We were told nothing. Issues remain" negates nothing after it.)
    if (c === ',' || c === ';' || c === '.' || c === '!' || c === '?') {
      add(c, i++);
      continue;
    }
    const first = letterAt(s, i);
    if (!first) {
      i++;
      continue;
    }
    // Letters and joiners; the word ends at its last letter.
    let end = i + first;
    for (let j = end; j < s.length; ) {
      const n = letterAt(s, j);
      if (n) end = j += n;
      else if (isJoiner(s[j])) j++;
      else break;
    }
    add(s.slice(i, end), i);
    i = end;
  }
  return out;
}

/** Adds `by` to a feature, up to the cap. */
const bump = (values: Record<string, number>, feature: string, by: number): void => {
  values[feature] = Math.min(FEATURE_CAP, (values[feature] ?? 0) + by);
};

/** Words that say the infinitive after them did not happen ("failed to agree", "unable to reach"). */
const FAILING: ReadonlySet<string> = new Set(['unable', 'fail', 'fails', 'failed', 'failing']);
/** Words before "to" that a negator before them carries over it ("weren't able to", "not going to"). */
const CARRYING: ReadonlySet<string> = new Set(['able', 'going', 'willing', 'prepared', 'ready']);
/** Is the "to" at `k` one a negation reaches over: after what fails, or after "able"/"going" with a negator right before? */
const failsBefore = (words: Word[], k: number): boolean =>
  FAILING.has(words[k - 1]?.text ?? '') || (CARRYING.has(words[k - 1]?.text ?? '') && (!!words[k - 2]?.negator || (words[k - 2]?.text === 'be' && !!words[k - 3]?.negator)));

/**
 * The negator among the few words before word `i` (none before word `first`), in the same clause, if
 * any; with `owned`, the words are the speaker's and a word that disowns a label negates it too.
 */
function negatorBefore(words: Word[], i: number, first: number, owned: boolean): string | null {
  const at = words[i].at;
  // A negator governs a few words; a negative subject ("Nobody has an interest in solving it",
  // "Neither side sees an advantage in …") its clause. One scan back serves both reaches.
  let near = true;
  for (let k = i - 1, n = 0; k >= first && n < CLAUSE_NEGATION_REACH_WORDS; k--, n++) {
    near &&= n < NEGATION_REACH_WORDS && at - words[k].at <= NEGATION_REACH_CHARS;
    // ("not that far apart": "that" right after a negator says how far, and opens no clause;
    // "unable to reach", "weren't able to make", "failed to agree": nor does "to" after what fails or cannot.)
    const bridge = words[k].text === 'to' && failsBefore(words, k);
    if (words[k].kind.breaks && !(words[k].text === 'that' && words[k - 1]?.negator) && !bridge) return null;
    // (The "to" it reaches over counts for no word of its reach.)
    if (bridge) n--;
    const fails = FAILING.has(words[k].text) && words[k + 1]?.text === 'to';
    if (words[k].kind.clauseNegator || (near && (words[k].negator || fails || (owned && words[k].disowns)))) return words[k].text;
  }
  return null;
}

/**
 * Does a word that opens a condition or an open question stand among the words before word `i` (none
 * before word `first`), in its clause ("whether the union is willing to compromise", "if the offer is fair")?
 */
function conditionalBefore(words: Word[], i: number, first: number, openers: ReadonlySet<string> = CONDITIONAL_OPENERS): boolean {
  for (let k = i - 1, n = 0; k >= first && n < CLAUSE_NEGATION_REACH_WORDS; k--, n++) {
    if (CONDITION_BREAKS.has(words[k].text)) return false;
    if (openers.has(words[k].text)) return true;
  }
  return false;
}

/** The negator of words inside what a denial reports: "denied" itself, unless a negator of their own undoes it. */
const deniedOr = (own: string | null, denied: boolean): string | null => (denied ? (own ? null : 'denied') : own);

/** Reports a feature found at `at` (`length` characters), by how much, and the negator that governs it. */
type Found = (feature: string, at: number, length: number, by: number, negator: string | null) => void;

/**
 * Lexicon groups in words `[from, to)` (negated where a negator among them governs one), with
 * their evidence; the longest phrase at each word wins.
 */
function groupFeatures(words: Word[], from: number, to: number, lex: StanceLexicon, found: Found, owned: boolean, negatedFrom = from, lead = from, denied = false): Set<number> {
  // (The words of phrases of a supportive group with a negator of their own: "the door is not
  // closed" says its "not" to good effect, so it counts as no negation of the quote's besides;
  // "not enough", "not there yet" keep theirs.)
  const negatedInside = new Set<number>();
  // (From `lead`, words before `from` count in a phrase that ends among them: "talks were “close”".)
  // ("reach a quick agreement", "reached a tentative deal": a describing word or two between a phrase's
  // article and its noun, none the lexicon reads nor a bad one: "reach a bad deal" is no deal reached.)
  const describes = (k: number): boolean => {
    const w = words[k];
    return !CLOSED_CLASS.has(w.text) && !w.negator && !w.kind.breaks && !((w.kind.valence ?? 0) < 0) && /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !phraseAt(lex, words, k, to);
  };
  // (Where a rejection targets a demand to be included, the inclusion phrase is read with it.)
  let targeted = -1;
  for (let i = lead; i < to; i++) {
    const m = phraseAt(lex, words, i, to, describes);
    if (!m || i + m.length <= from) continue;
    if (i === targeted) {
      i += m.length - 1;
      continue;
    }
    const last = words[i + m.length - 1];
    // ("denied that the government had caved in": what a denial reports is negated as a whole; a negator inside it undoes that.)
    let negator = deniedOr(m.pattern.negatedInside ? null : negatorBefore(words, i, negatedFrom, owned), denied);
    // ("a strike is not off the table": a setback or rejection denied of a threat, which stays, is no good news.)
    if (negator && !m.pattern.negatedInside && NEGATIVE_GROUPS.has(m.pattern.group) && threatBefore(words, i)) negator = null;
    // ("…whether the union is willing to compromise": what a condition or an open question calls good is a condition.)
    // ("We remain sceptical that they are negotiating in good faith": what a word of doubt governs is doubted.)
    const supportive = !negator && SUPPORTIVE_GROUPS.has(m.pattern.group);
    // ("It is pathetic for them to demand a seat at the table": scorn for another's demand to be included
    // backs the talks as they stand; the target of the evaluation decides.)
    const inclusion = !negator && m.pattern.group === 'rejection' ? dismissedInclusion(words, i + m.length, to, lex, negatedFrom, owned) : -1;
    if (inclusion >= 0) targeted = inclusion;
    const group = inclusion >= 0 ? 'inclusion:dismissed' : supportive && conditionalBefore(words, i, negatedFrom) ? 'conditions' : supportive && conditionalBefore(words, i, negatedFrom, DOUBTERS) ? 'caution' : m.pattern.group;
    found(negator ? `${group}:negated` : group, words[i].at, last.at + last.text.length - words[i].at, 1, negator);
    if (m.pattern.negatedInside && SUPPORTIVE_GROUPS.has(m.pattern.group)) for (let k = i; k < i + m.length; k++) negatedInside.add(words[k].at);
    i += m.length - 1;
  }
  return negatedInside;
}

/** Groups whose negation would read as good news ("not off the table", "not a betrayal"). */
const NEGATIVE_GROUPS: ReadonlySet<string> = new Set(['setback', 'rejection']);
/** Means of pressure, which a negated setback keeps alive ("a strike is not off the table"). */
const THREATS: ReadonlySet<string> = new Set(['strike', 'strikes', 'walkout', 'walkouts', 'stoppage', 'stoppages', 'lockout', 'sanctions', 'tariffs', 'boycott', 'blockade', 'shutdown', 'force', 'war']);
/** Most words back from a phrase to the threat its clause is about ("a strike | was | not off the table"). */
const THREAT_REACH_WORDS = 6;

/** Is a threat the subject of the clause a phrase at word `i` stands in (a few words back, within the clause)? */
function threatBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= THREAT_REACH_WORDS && !TARGET_BREAKS.has(words[k].text) && words[k].text !== 'that'; k--) if (THREATS.has(words[k].text)) return true;
  return false;
}

/** Words that end the clause a rejection's target is sought in ("pathetic | for them to demand a seat …", not past a comma or "but"). */
const TARGET_BREAKS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?', 'but', 'while', 'because', 'if', 'although', 'though']);

/**
 * Where an inclusion phrase stands, not negated, in the clause after a rejection ending at word `k`
 * ("pointless | for them to demand | a seat at the table"), before word `to`; else -1.
 */
function dismissedInclusion(words: Word[], k: number, to: number, lex: StanceLexicon, negatedFrom: number, owned: boolean): number {
  for (let j = k; j < to && !TARGET_BREAKS.has(words[j].text); j++) {
    const m = phraseAt(lex, words, j, to);
    if (m?.pattern.group === 'inclusion') return negatorBefore(words, j, negatedFrom, owned) ? -1 : j;
    if (m) j += m.length - 1;
  }
  return -1;
}

/**
 * VADER valence of each of words `[from, to)` VADER knows (a negator governing it flips and damps
 * it), as `valence:positive`/`valence:negative` weighted by strength; `other` sees the words it does not know.
 */
function valenceFeatures(words: Word[], from: number, to: number, found: Found, owned: boolean, other?: (w: Word) => void, negatedFrom = from, denied = false): void {
  for (let i = from; i < to; i++) {
    const w = words[i];
    const v = w.kind.valence;
    if (v === undefined) {
      other?.(w);
      continue;
    }
    const negator = deniedOr(negatorBefore(words, i, negatedFrom, owned), denied);
    const valence = negator ? v * VADER_NEGATION_SCALAR : v;
    found(valence > 0 ? 'valence:positive' : 'valence:negative', w.at, w.text.length, Math.abs(valence) / VADER_SCALE, negator);
  }
}

/** A text's stance words and hedges, read once however many quotes and windows of it are looked at. */
interface ReadText {
  text: string;
  words: Word[];
  /** Hedges of the normalised text, in order. */
  hedges: Array<{ at: number; length: number }>;
}

/** The last text read: a paragraph's quotes are built one after another. */
let lastRead: ReadText | null = null;

/** The words and hedges of `text`, read once for consecutive calls on the same text. */
function read(text: string): ReadText {
  if (lastRead?.text === text) return lastRead;
  const s = normalise(text);
  hedgeRe ??= new RegExp(`(?<![\\p{L}])(?:${[...hedgeLexicon.hedges].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  hedgeRe.lastIndex = 0;
  const hedges: ReadText['hedges'] = [];
  for (let m = hedgeRe.exec(s); m; m = hedgeRe.exec(s)) hedges.push({ at: m.index, length: m[0].length });
  return (lastRead = { text, words: wordsOf(s), hedges });
}

/** The words of `r` inside `[start, end)`, as an index range. */
function wordRange(r: ReadText, start: number, end: number): [number, number] {
  const from = lowerBound(r.words, start, (w) => w.at);
  let to = from;
  while (to < r.words.length && r.words[to].at + r.words[to].text.length <= end) to++;
  return [from, to];
}

/**
 * The features of the words `text[start, end)`: lexicon groups (negated where a negator governs
 * them), VADER valence (positive and negative, negation flipping it), hedges, negators, questions.
 * Evidence offsets are relative to `text`.
 */
function ownFeatures(r: ReadText, start: number, end: number, lex: StanceLexicon, negatedFrom = start, leadFrom = start, denied = false): WordFeatures {
  const values: Record<string, number> = {};
  const evidence: Evidence[] = [];
  const found: Found = (feature, at, length, by, negator) => {
    bump(values, feature, by);
    const e: Evidence = { feature, text: r.text.slice(at, at + length), start: at, end: at + length };
    if (negator) e.negator = negator;
    evidence.push(e);
  };
  const [from, to] = wordRange(r, start, end);
  const floor = negatedFrom < start ? wordRange(r, negatedFrom, start)[0] : from;
  const lead = leadFrom < start ? wordRange(r, leadFrom, start)[0] : from;
  const negatedInside = groupFeatures(r.words, from, to, lex, found, true, floor, lead, denied);
  valenceFeatures(r.words, from, to, found, true, (w) => { if (w.negator && !negatedInside.has(w.at)) bump(values, 'negation', 1); }, floor, denied);
  for (let k = lowerBound(r.hedges, start, (h) => h.at); k < r.hedges.length && r.hedges[k].at + r.hedges[k].length <= end; k++) found('hedge', r.hedges[k].at, r.hedges[k].length, 1, null);
  const question = r.text.indexOf('?', start);
  if (question >= 0 && question < end) values.question = 1;
  const exclamation = r.text.indexOf('!', start);
  if (exclamation >= 0 && exclamation < end) values.exclamation = 1;
  return { values, evidence };
}

/** The features of some words on their own (offsets relative to them plus `offset`), as a quote's own words are read. */
export function wordFeatures(words: string, offset: number, lex: StanceLexicon): WordFeatures {
  const f = ownFeatures(read(words), 0, words.length, lex);
  if (offset) for (const e of f.evidence) { e.start += offset; e.end += offset; }
  return f;
}

/** Where the writer turns to another clause after a quote: a semicolon, or a comma and a contrasting conjunction. */
const CLAUSE_TURN = /;|,\s+(?:but|though|although|whereas|yet)\b|\s+but\s+that\b/;

/** The features of the writer's words around a candidate, in its sentence: lexicon groups and VADER valence, as `context:<feature>`. */
function contextFeatures(c: Candidate, others: readonly Candidate[], r: ReadText, lex: StanceLexicon, values: Record<string, number>, evidence: Evidence[]): void {
  // A bounded window each side, so a sentence of a thousand quotations stays linear.
  const from = Math.max(c.sentence.start, c.start - CONTEXT_REACH_CHARS);
  let to = Math.min(c.sentence.end, c.end + CONTEXT_REACH_CHARS);
  // "… were “very close” to a deal, but a dispute threatened to derail the talks": a clause the
  // writer joins with "but" or a semicolon is about something else.
  const after = CLAUSE_TURN.exec(r.text.slice(c.end, to));
  if (after) to = c.end + after.index;
  const found: Found = (feature, at, length, by) => {
    bump(values, `context:${feature}`, by);
    evidence.push({ feature: `context:${feature}`, text: r.text.slice(at, at + length), start: at, end: at + length });
  };
  const named = notTheWriters(c, others, from, to);
  for (const [start, end] of [[from, Math.max(from, c.start)], [Math.min(c.end, to), to]] as const) {
    for (const [a, b] of outside(named, start, end)) {
      const [first, last] = wordRange(r, a, b);
      groupFeatures(r.words, first, last, lex, found, false);
      valenceFeatures(r.words, first, last, found, false);
    }
  }
}

/**
 * The spans in `[from, to)` that are not the writer's words about this quote, in text order: the
 * words naming its speaker and their post ("Supporters' trust chairman X said" names who speaks; it
 * says nothing of the talks), another speaker's name and post ("…, while talent manager Sue Park
 * said"), and what another speaker of the sentence says (", while Ana Lee said it went well" is
 * hers, not the writer's frame for the quote before).
 */
function notTheWriters(c: Candidate, others: readonly Candidate[], from: number, to: number): Array<readonly [number, number]> {
  const spans = (x: Candidate): Array<readonly [number, number]> =>
    [x.cue?.source, ...(x.cue?.appositions ?? [])].filter((t): t is Token[] => !!t?.length).map((t) => [t[0].start, t[t.length - 1].end] as const);
  const named = spans(c);
  // (Candidates are in text order and apart: only the one reaching into the window from before it and those inside are looked at.)
  for (let k = Math.max(0, lowerBound(others, from, (o) => o.start) - 1); k < others.length && others[k].start < to + CONTEXT_REACH_CHARS; k++) {
    const o = others[k];
    if (o === c) continue;
    named.push(...spans(o));
    if (o.start < to && o.end > from && o.cue?.source && c.cue?.source && o.cue.source[0] !== c.cue.source[0]) named.push([o.start, o.end]);
  }
  return named.sort((x, y) => x[0] - y[0]);
}

/** The parts of `[start, end)` outside the spans (in text order). */
function outside(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let at = start;
  for (const [a, b] of spans) {
    if (b <= at || a >= end) continue;
    if (a > at) parts.push([at, a]);
    at = Math.max(at, b);
  }
  if (at < end) parts.push([at, end]);
  return parts;
}

/**
 * Where the writer's negator right before a partial quotation starts, or `start`: a partial quotation
 * is a piece of the writer's clause, and "would not “accept any amendments”" negates the quoted
 * words ("would not accept “a blank check”" negates the verb, not them).
 */
function negatorAt(r: ReadText, start: number): number {
  const before = lowerBound(r.words, start, (w) => w.at) - 1;
  return before >= 0 && r.words[before].negator ? r.words[before].at : start;
}

/** Most of the writer's words right before a partial quotation that a lexicon phrase ending in it may take ("talks were | “close”"). */
const PARTIAL_LEAD_WORDS = 2;

/**
 * Where the writer's words that lead into a partial quotation start, or `start`: up to a few words
 * right before it in the same clause ("the talks were “close”" reads "were close").
 */
function leadAt(r: ReadText, start: number): number {
  const first = lowerBound(r.words, start, (w) => w.at);
  let k = first;
  while (k > 0 && first - k < PARTIAL_LEAD_WORDS && !/[.,;:!?()]/.test(r.text.slice(r.words[k - 1].at + r.words[k - 1].text.length, k === first ? start : r.words[k].at))) k--;
  return k < first ? r.words[k].at : start;
}

/** Verbs whose reported clause is what the speaker says is not so ("denied that …", "refuted claims that …"). */
const DENIALS: ReadonlySet<string> = new Set(['deny', 'refute']);
/** Verbs that deny a claim they name ("rejected claims that …", "dismissed suggestions that …"). */
const CLAIM_DENIALS: ReadonlySet<string> = new Set(['reject', 'dismiss']);

/** Does the candidate's cue deny what it reports ("denied that the talks had collapsed")? */
function denies(c: Candidate, paragraph: string): boolean {
  const lemma = c.cue?.lemma;
  if (!lemma || c.kind !== 'indirect') return false;
  // (The claim a verb of rejecting names opens what it reports: "claims that …", the lexicon's nouns for one.)
  return DENIALS.has(lemma) || (CLAIM_DENIALS.has(lemma) && PROPOSITION_NOUNS.has(/^\p{L}+/u.exec(paragraph.slice(c.start, c.end))?.[0].toLowerCase() ?? ''));
}

/** A candidate's own word features and its context's, merged. */
function allFeatures(c: Candidate, others: readonly Candidate[], paragraph: string, lex: StanceLexicon): WordFeatures {
  const r = read(paragraph);
  const partial = c.kind === 'partial';
  const f = ownFeatures(r, c.start, c.end, lex, partial ? negatorAt(r, c.start) : c.start, partial ? leadAt(r, c.start) : c.start, denies(c, paragraph));
  contextFeatures(c, others, r, lex, f.values, f.evidence);
  return f;
}

/** Word features with the built-in lexicon, kept per candidate: cached paragraphs keep their candidates. */
const builtIn = new WeakMap<Candidate, WordFeatures>();

/**
 * The word features of a candidate and of the writer's words around it in its sentence (offsets
 * relative to its paragraph). With the built-in lexicon they are computed once per candidate; a
 * custom lexicon computes them afresh. `others` are the candidates of its sentence.
 */
export function candidateFeatures(c: Candidate, others: readonly Candidate[], paragraph: string, lex: StanceLexicon, custom: boolean): WordFeatures {
  if (custom) return allFeatures(c, others, paragraph, lex);
  let f = builtIn.get(c);
  if (!f) builtIn.set(c, (f = allFeatures(c, others, paragraph, lex)));
  return f;
}

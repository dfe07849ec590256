import type { Candidate } from '../2-candidates/candidates';
import hedgeLexicon from './hedges.lexicon.json';
import { escapeRegExp, MINIMISERS, NEGATORS, normalise, phraseAt, SUBJECT_NEGATORS, WORD, type StanceLexicon } from './lexicon';
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
const SCOPE_BREAKS: ReadonlySet<string> = new Set([',', ';', 'to', 'that', 'but', 'because', 'while', 'if']);
let hedgeRe: RegExp | null = null;

/** A word (or a clause comma) of normalised text, with what negation needs to know of it. */
interface Word {
  text: string;
  at: number;
  negator: boolean;
  /** A negative subject ("nobody", "neither"), which negates its whole clause. */
  clauseNegator: boolean;
  breaks: boolean;
}

/** The words of normalised text, in one pass. */
function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const w = m[0];
    const prev = out[out.length - 1];
    const minimiser = MINIMISERS.has(w) && prev?.text !== 'a';
    const clauseNegator = SUBJECT_NEGATORS.has(w);
    out.push({ text: w, at: m.index, negator: clauseNegator || minimiser || NEGATORS.has(w) || VADER_NEGATIONS.has(w) || w.endsWith("n't"), clauseNegator, breaks: SCOPE_BREAKS.has(w) });
  }
  return out;
}

/** Adds `by` to a feature, up to the cap. */
const bump = (values: Record<string, number>, feature: string, by: number): void => {
  values[feature] = Math.min(FEATURE_CAP, (values[feature] ?? 0) + by);
};

/** The negator among the few words before word `i`, in the same clause, if any. */
function negatorBefore(words: Word[], i: number): string | null {
  const at = words[i].at;
  // A negator governs a few words; a negative subject ("Nobody has an interest in solving it",
  // "Neither side sees an advantage in …") its clause. One scan back serves both reaches.
  let near = true;
  for (let k = i - 1, n = 0; k >= 0 && n < CLAUSE_NEGATION_REACH_WORDS; k--, n++) {
    near &&= n < NEGATION_REACH_WORDS && at - words[k].at <= NEGATION_REACH_CHARS;
    if (words[k].breaks) return null;
    if (words[k].clauseNegator || (near && words[k].negator)) return words[k].text;
  }
  return null;
}

/** Lexicon groups in the words of normalised text (negated where a negator governs them), with their evidence; the longest phrase at each word wins. */
function groupFeatures(words: Word[], lex: StanceLexicon, found: (feature: string, at: number, length: number, by?: number, negator?: string | null) => void): void {
  for (let i = 0; i < words.length; i++) {
    const m = phraseAt(lex, words, i);
    if (!m) continue;
    const last = words[i + m.length - 1];
    const negator = m.pattern.negatedInside ? null : negatorBefore(words, i);
    found(negator ? `${m.pattern.group}:negated` : m.pattern.group, words[i].at, last.at + last.text.length - words[i].at, 1, negator);
    i += m.length - 1;
  }
}

/**
 * VADER valence of each word VADER knows (a negator governing it flips and damps it), as
 * `valence:positive`/`valence:negative` weighted by strength; `other` sees the words it does not know.
 */
function valenceFeatures(words: Word[], found: (feature: string, at: number, length: number, by: number, negator: string | null) => void, other?: (w: Word) => void): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const v = VALENCE.get(w.text);
    if (v === undefined) {
      other?.(w);
      continue;
    }
    const negator = negatorBefore(words, i);
    const valence = negator ? v * VADER_NEGATION_SCALAR : v;
    found(valence > 0 ? 'valence:positive' : 'valence:negative', w.at, w.text.length, Math.abs(valence) / VADER_SCALE, negator);
  }
}

/**
 * The features of a quote's own words: lexicon groups (negated where a negator governs them),
 * VADER valence (positive and negative, negation flipping it), hedges, negators, questions.
 * `offset` maps evidence back to the text the words were cut from.
 */
export function wordFeatures(words: string, offset: number, lex: StanceLexicon): WordFeatures {
  const values: Record<string, number> = {};
  const evidence: Evidence[] = [];
  const s = normalise(words);
  const list = wordsOf(s);
  const found = (feature: string, at: number, length: number, by = 1, negator?: string | null): void => {
    bump(values, feature, by);
    const e: Evidence = { feature, text: words.slice(at, at + length), start: offset + at, end: offset + at + length };
    if (negator) e.negator = negator;
    evidence.push(e);
  };
  groupFeatures(list, lex, found);
  valenceFeatures(list, found, (w) => { if (w.negator) bump(values, 'negation', 1); });
  hedgeRe ??= new RegExp(`(?<![\\p{L}])(?:${[...hedgeLexicon.hedges].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  hedgeRe.lastIndex = 0;
  for (let m = hedgeRe.exec(s); m; m = hedgeRe.exec(s)) found('hedge', m.index, m[0].length);
  if (s.includes('?')) values.question = 1;
  if (s.includes('!')) values.exclamation = 1;
  return { values, evidence };
}

/** The features of the writer's words around a candidate, in its sentence: lexicon groups and VADER valence, as `context:<feature>`. */
function contextFeatures(c: Candidate, paragraph: string, lex: StanceLexicon): WordFeatures {
  // A bounded window each side, so a sentence of a thousand quotations stays linear.
  const from = Math.max(c.sentence.start, c.start - CONTEXT_REACH_CHARS);
  const to = Math.min(c.sentence.end, c.end + CONTEXT_REACH_CHARS);
  const before = paragraph.slice(from, Math.max(from, c.start));
  const after = paragraph.slice(Math.min(c.end, to), to);
  const values: Record<string, number> = {};
  const evidence: Evidence[] = [];
  for (const [words, offset] of [[before, from], [after, Math.min(c.end, to)]] as const) {
    const s = normalise(words);
    const list = wordsOf(s);
    const found = (feature: string, at: number, length: number, by = 1): void => {
      bump(values, `context:${feature}`, by);
      evidence.push({ feature: `context:${feature}`, text: words.slice(at, at + length), start: offset + at, end: offset + at + length });
    };
    groupFeatures(list, lex, found);
    valenceFeatures(list, found);
  }
  return { values, evidence };
}

/** A candidate's own word features and its context's, merged. */
function allFeatures(c: Candidate, paragraph: string, lex: StanceLexicon): WordFeatures {
  const own = wordFeatures(paragraph.slice(c.start, c.end), c.start, lex);
  const context = contextFeatures(c, paragraph, lex);
  return { values: { ...own.values, ...context.values }, evidence: [...own.evidence, ...context.evidence] };
}

/** Word features with the built-in lexicon, kept per candidate: cached paragraphs keep their candidates. */
const builtIn = new WeakMap<Candidate, WordFeatures>();

/**
 * The word features of a candidate and of the writer's words around it in its sentence (offsets
 * relative to its paragraph). With the built-in lexicon they are computed once per candidate; a
 * custom lexicon computes them afresh.
 */
export function candidateFeatures(c: Candidate, paragraph: string, lex: StanceLexicon, custom: boolean): WordFeatures {
  if (custom) return allFeatures(c, paragraph, lex);
  let f = builtIn.get(c);
  if (!f) builtIn.set(c, (f = allFeatures(c, paragraph, lex)));
  return f;
}

import type { Candidate } from '../2-candidates/candidates';
import hedgeLexicon from './hedges.lexicon.json';
import { escapeRegExp, lookup, NEGATORS, normalise, type StanceLexicon } from './lexicon';
import { CONTEXT_REACH_CHARS, FEATURE_CAP, NEGATION_REACH_CHARS, NEGATION_REACH_WORDS, VADER_NEGATION_SCALAR, VADER_SCALE } from './thresholds';
import vader from './vader.lexicon.json';

/** Where a feature fired: the words, with offsets (relative to the text they were read from). */
export interface Evidence {
  feature: string;
  text: string;
  start: number;
  end: number;
}

/** Feature values of some words, and the words behind each. */
export interface WordFeatures {
  values: Record<string, number>;
  evidence: Evidence[];
}

const VALENCE: Readonly<Record<string, number>> = vader.words;
const VADER_NEGATIONS: ReadonlySet<string> = new Set(vader.negations);
let hedgeRe: RegExp | null = null;

/** Is there a negator among the few words before `at` in `s`, in the same clause? */
function negatedBefore(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - NEGATION_REACH_CHARS), at);
  // Negation does not reach across a clause or an infinitive: "no mandate to trade away" is not a flip.
  const scope = before.split(/,|;|\b(?:to|that|but|because|while|if)\b/).pop() ?? '';
  const words = scope.split(/[^\p{L}'’]+/u).filter(Boolean).slice(-NEGATION_REACH_WORDS);
  return words.some((w) => NEGATORS.has(w) || VADER_NEGATIONS.has(w) || /n't$/.test(w));
}

/** Adds `by` to a feature, up to the cap. */
const bump = (values: Record<string, number>, feature: string, by: number): void => {
  values[feature] = Math.min(FEATURE_CAP, (values[feature] ?? 0) + by);
};

/**
 * The features of a quote's own words: lexicon groups (negated where a negator governs them),
 * VADER valence (positive and negative, negation flipping it), hedges, negators, questions.
 * `offset` maps evidence back to the text the words were cut from.
 */
export function wordFeatures(words: string, offset: number, lex: StanceLexicon): WordFeatures {
  const values: Record<string, number> = {};
  const evidence: Evidence[] = [];
  const s = normalise(words);
  const note = (feature: string, at: number, length: number): void => {
    evidence.push({ feature, text: words.slice(at, at + length), start: offset + at, end: offset + at + length });
  };
  lex.re.lastIndex = 0;
  for (let m = lex.re.exec(s); m; m = lex.re.exec(s)) {
    const p = lookup(lex, m[0]);
    if (!p) continue;
    const feature = !p.negatedInside && negatedBefore(s, m.index) ? `${p.group}:negated` : p.group;
    bump(values, feature, 1);
    note(feature, m.index, m[0].length);
  }
  for (const m of s.matchAll(/[\p{L}][\p{L}'-]*/gu)) {
    const v = VALENCE[m[0]];
    if (v === undefined) {
      if (NEGATORS.has(m[0]) || VADER_NEGATIONS.has(m[0])) bump(values, 'negation', 1);
      continue;
    }
    const valence = negatedBefore(s, m.index!) ? v * VADER_NEGATION_SCALAR : v;
    const feature = valence > 0 ? 'valence:positive' : 'valence:negative';
    bump(values, feature, Math.abs(valence) / VADER_SCALE);
    note(feature, m.index!, m[0].length);
  }
  hedgeRe ??= new RegExp(`(?<![\\p{L}])(?:${[...hedgeLexicon.hedges].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  for (const m of s.matchAll(hedgeRe)) {
    bump(values, 'hedge', 1);
    note('hedge', m.index!, m[0].length);
  }
  if (s.includes('?')) values.question = 1;
  if (s.includes('!')) values.exclamation = 1;
  return { values, evidence };
}

/** The features of the writer's words around a candidate, in its sentence: lexicon groups only, as `context:<group>`. */
function contextFeatures(c: Candidate, paragraph: string, lex: StanceLexicon): WordFeatures {
  // A bounded window each side, so a sentence of a thousand quotations stays linear.
  const from = Math.max(c.sentence.start, c.start - CONTEXT_REACH_CHARS);
  const to = Math.min(c.sentence.end, c.end + CONTEXT_REACH_CHARS);
  const before = paragraph.slice(from, Math.max(from, c.start));
  const after = paragraph.slice(Math.min(c.end, to), to);
  const values: Record<string, number> = {};
  const evidence: Evidence[] = [];
  for (const [words, offset] of [[before, from], [after, Math.min(c.end, to)]] as const) {
    const f = wordFeatures(words, offset, lex);
    for (const e of f.evidence) {
      if (e.feature.startsWith('valence:') || e.feature === 'hedge') continue;
      bump(values, `context:${e.feature}`, 1);
      evidence.push({ ...e, feature: `context:${e.feature}` });
    }
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

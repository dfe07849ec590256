import type { Candidate } from '../2-candidates/candidates';
import type { Stance, StanceCue } from '../types';
import { lookup, NEGATORS, normalise, type StanceLexicon } from './lexicon';
import lexicon from './stance.lexicon.json';
import { NEGATION_REACH_CHARS, NEGATION_REACH_WORDS } from './thresholds';

/** What decided a stance: the totals by stance and the cues behind them. */
export interface StanceScore {
  scores: Record<Stance, number>;
  cues: StanceCue[];
}

/** What a negated cue of each stance turns into (null: it no longer counts). */
const NEGATED = lexicon.negated as Record<string, Stance | null>;

/** Is there a negator among the few words before `at` in `s`? */
function negatedBefore(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - NEGATION_REACH_CHARS), at);
  // Negation does not reach across a clause or an infinitive: "no mandate to trade away" is not a flip.
  const scope = before.split(/,|;|\b(?:to|that|but|because|while|if)\b/).pop() ?? '';
  const words = scope.split(/[^\p{L}'’]+/u).filter(Boolean).slice(-NEGATION_REACH_WORDS);
  return words.some((w) => NEGATORS.has(w) || /n't$/.test(w));
}

/** Scores the words of a quote: lexicon cues, flipped by negation. `offset` maps cue positions back to the text. */
export function scoreWords(words: string, offset: number, lex: StanceLexicon): StanceScore {
  const scores: Record<Stance, number> = { supportive: 0, critical: 0, cautious: 0, neutral: 0 };
  const cues: StanceCue[] = [];
  const s = normalise(words);
  lex.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = lex.re.exec(s))) {
    const p = lookup(lex, m[0]);
    if (!p || p.weight <= 0) continue;
    let stance: Stance | null = p.stance;
    if (!p.negatedInside && negatedBefore(s, m.index)) stance = NEGATED[p.stance] ?? null;
    if (!stance) continue;
    scores[stance] += p.weight;
    cues.push({ text: words.slice(m.index, m.index + m[0].length), stance, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return { scores, cues };
}

/** Scores with the built-in lexicon, kept per candidate: cached paragraphs keep their candidates. */
const builtInScores = new WeakMap<Candidate, StanceScore>();

/**
 * The score of a candidate's own words (offsets relative to its paragraph). With the built-in
 * lexicon it is computed once per candidate; a custom lexicon scores afresh.
 */
export function candidateScore(c: Candidate, paragraph: string, lex: StanceLexicon, custom: boolean): StanceScore {
  if (custom) return scoreWords(paragraph.slice(c.start, c.end), c.start, lex);
  let score = builtInScores.get(c);
  if (!score) builtInScores.set(c, (score = scoreWords(paragraph.slice(c.start, c.end), c.start, lex)));
  return score;
}

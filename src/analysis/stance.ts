import lexicon from './stance.lexicon.json';
import type { Stance, StanceCue } from './types';

type Weighted = Partial<Record<Stance, number>>;

/** One compiled cue phrase. */
interface CuePattern {
  stance: Stance;
  weight: number;
  negatedInside: boolean;
}

/** A compiled stance lexicon: one regular expression over all cue phrases. */
export interface StanceLexicon {
  re: RegExp;
  byPhrase: Map<string, CuePattern>;
  prefixes: Array<[string, CuePattern]>;
}

const NEGATORS = new Set(lexicon.negators);
const NEGATED = lexicon.negated as Record<string, Stance | null>;
const FRAMING_VERBS = lexicon.framingVerbs as Record<string, Weighted>;
const FRAMING_PHRASES = lexicon.framingPhrases as Record<string, Weighted>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'");

/** Compiles the built-in cues plus any extra words (weight 1.5 each). */
export function compileLexicon(extra: Partial<Record<Stance, string[]>> = {}): StanceLexicon {
  const byPhrase = new Map<string, CuePattern>();
  const prefixes: Array<[string, CuePattern]> = [];
  const parts: string[] = [];
  const add = (stance: Stance, phrase: string, weight: number): void => {
    const p = norm(phrase.trim());
    if (!p) return;
    const negatedInside = p.split(/\s+/).some((w) => NEGATORS.has(w)) || /n't\b/.test(p) || /^without\b/.test(p);
    const pattern = { stance, weight, negatedInside };
    if (p.endsWith('*')) {
      const stem = p.slice(0, -1);
      prefixes.push([stem, pattern]);
      parts.push(escape(stem) + '[\\p{L}-]*');
    } else {
      byPhrase.set(p, pattern);
      parts.push(escape(p));
    }
  };
  for (const [stance, cues] of Object.entries(lexicon.cues) as Array<[Stance, Record<string, number>]>) {
    for (const [phrase, weight] of Object.entries(cues)) add(stance, phrase, weight);
  }
  for (const [stance, words] of Object.entries(extra) as Array<[Stance, string[]]>) for (const w of words ?? []) add(stance, w, 1.5);
  parts.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { re, byPhrase, prefixes };
}

let builtIn: StanceLexicon | null = null;
/** The built-in lexicon, compiled once on first use. */
export function defaultLexicon(): StanceLexicon {
  return (builtIn ??= compileLexicon());
}

function lookup(lex: StanceLexicon, phrase: string): CuePattern | undefined {
  const exact = lex.byPhrase.get(phrase);
  if (exact) return exact;
  let best: [string, CuePattern] | undefined;
  for (const entry of lex.prefixes) if (phrase.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1];
}

/** Is there a negator among the three words before `at` in `s`? */
function negatedBefore(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 40), at);
  // Negation does not reach across a clause or an infinitive: "no mandate to trade away" is not a flip.
  const scope = before.split(/,|;|\b(?:to|that|but|because|while|if)\b/).pop() ?? '';
  const words = scope.split(/[^\p{L}'’]+/u).filter(Boolean).slice(-3);
  return words.some((w) => NEGATORS.has(w) || /n't$/.test(w));
}

/** What decided a stance: the totals by stance and the cues behind them. */
export interface StanceScore {
  scores: Record<Stance, number>;
  cues: StanceCue[];
}

/** Scores the words of a quote: lexicon cues, flipped by negation. `offset` maps cue positions back to the document. */
export function scoreWords(words: string, offset: number, lex: StanceLexicon = defaultLexicon()): StanceScore {
  const scores: Record<Stance, number> = { supportive: 0, critical: 0, cautious: 0, neutral: 0 };
  const cues: StanceCue[] = [];
  const s = norm(words);
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

/** Adds the writer's framing verb ("warned", "called for") to a score. */
export function addFramingVerb(score: StanceScore, lemma: string | null, verbText: string): void {
  const w = lemma ? FRAMING_VERBS[lemma] : undefined;
  if (!w) return;
  for (const [stance, weight] of Object.entries(w) as Array<[Stance, number]>) {
    score.scores[stance] += weight;
    score.cues.push({ text: verbText, stance });
  }
}

let framingRe: RegExp | null = null;

/** Framing phrases in the writer's own words ("reacted cautiously", "defended"); one pass, one regex. */
export function framingIn(words: string): Array<{ text: string; weights: Weighted }> {
  framingRe ??= new RegExp(`(?<![\\p{L}])(?:${Object.keys(FRAMING_PHRASES).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'gu');
  const out: Array<{ text: string; weights: Weighted }> = [];
  const s = norm(words);
  framingRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = framingRe.exec(s))) out.push({ text: words.slice(m.index, m.index + m[0].length), weights: FRAMING_PHRASES[m[0]] });
  return out;
}

/** Turns a score into a stance and a confidence. Ties favour the more careful reading. */
export function decide(score: StanceScore): { stance: Stance; confidence: number } {
  const { supportive, critical, cautious } = score.scores;
  const total = supportive + critical + cautious;
  if (total < 0.6) return { stance: 'neutral', confidence: total === 0 ? 0.6 : 0.4 };
  let stance: Stance = 'cautious';
  let best = cautious;
  if (critical > best) { stance = 'critical'; best = critical; }
  if (supportive > best) { stance = 'supportive'; best = supportive; }
  const confidence = Math.min(0.95, Math.round((best / (total + 0.5)) * 100) / 100);
  return { stance, confidence };
}

import lexicon from './stance.lexicon.json';
import type { AnalyzeOptions, Stance } from '../types';
import { EXTRA_CUE_WEIGHT } from './thresholds';

/** One compiled cue phrase. */
export interface CuePattern {
  stance: Stance;
  weight: number;
  /** The phrase carries its own negation ("not acceptable"): a negator before it does not flip it. */
  negatedInside: boolean;
}

/** A compiled stance lexicon: one regular expression over all cue phrases. */
export interface StanceLexicon {
  re: RegExp;
  byPhrase: Map<string, CuePattern>;
  prefixes: Array<[string, CuePattern]>;
}

/** Words that negate the cue after them ("not", "never", "no"). */
export const NEGATORS: ReadonlySet<string> = new Set(lexicon.negators);

/** Escapes a phrase for a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower-case with typographic apostrophes made straight, as cue phrases are written. */
export const normalise = (s: string): string => s.toLowerCase().replace(/[’]/g, "'");

/** Compiles the built-in cues plus any extra words. */
export function compileLexicon(extra: Partial<Record<Stance, string[]>> = {}): StanceLexicon {
  const byPhrase = new Map<string, CuePattern>();
  const prefixes: Array<[string, CuePattern]> = [];
  const parts: string[] = [];
  const add = (stance: Stance, phrase: string, weight: number): void => {
    const p = normalise(phrase.trim());
    if (!p) return;
    const negatedInside = p.split(/\s+/).some((w) => NEGATORS.has(w)) || /n't\b/.test(p) || /^without\b/.test(p);
    const pattern = { stance, weight, negatedInside };
    if (p.endsWith('*')) {
      const stem = p.slice(0, -1);
      prefixes.push([stem, pattern]);
      parts.push(escapeRegExp(stem) + '[\\p{L}-]*');
    } else {
      byPhrase.set(p, pattern);
      parts.push(escapeRegExp(p));
    }
  };
  for (const [stance, cues] of Object.entries(lexicon.cues) as Array<[Stance, Record<string, number>]>) {
    for (const [phrase, weight] of Object.entries(cues)) add(stance, phrase, weight);
  }
  for (const [stance, words] of Object.entries(extra) as Array<[Stance, string[]]>) for (const w of words ?? []) add(stance, w, EXTRA_CUE_WEIGHT);
  parts.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { re, byPhrase, prefixes };
}

/** The pattern a matched phrase belongs to: exact, else the longest prefix entry. */
export function lookup(lex: StanceLexicon, phrase: string): CuePattern | undefined {
  const exact = lex.byPhrase.get(phrase);
  if (exact) return exact;
  let best: [string, CuePattern] | undefined;
  for (const entry of lex.prefixes) if (phrase.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1];
}

let builtIn: StanceLexicon | null = null;
/** The built-in lexicon, compiled once on first use. */
export function defaultLexicon(): StanceLexicon {
  return (builtIn ??= compileLexicon());
}

/** Compiled lexicons with extra words, by their word lists; a few are kept. */
const withExtras = new Map<string, StanceLexicon>();
const KEPT_LEXICONS = 8;

/**
 * The stance lexicon for a set of options: the built-in one, or one with the options' extra cue
 * words and the roster's (`custom`), compiled once per set of words.
 */
export function lexiconFor(options: AnalyzeOptions): { lex: StanceLexicon; custom: boolean } {
  const extra: Partial<Record<Stance, string[]>> = {};
  for (const source of [options.extraCues, options.roster?.cues]) {
    for (const [stance, words] of Object.entries(source ?? {}) as Array<[Stance, string[]]>) (extra[stance] ??= []).push(...(words ?? []));
  }
  if (!Object.values(extra).some((w) => w?.length)) return { lex: defaultLexicon(), custom: false };
  const key = JSON.stringify(extra);
  let lex = withExtras.get(key);
  if (!lex) {
    if (withExtras.size > KEPT_LEXICONS) withExtras.clear();
    withExtras.set(key, (lex = compileLexicon(extra)));
  }
  return { lex, custom: true };
}

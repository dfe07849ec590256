import lexicon from './stance.lexicon.json';
import type { AnalyzeOptions, Stance } from '../types';

/** One compiled phrase: the feature group it belongs to. */
export interface PhrasePattern {
  /** A group of the stance lexicon ("rejection"), or `extra:<stance>` for a caller's own cue words. */
  group: string;
  /** The phrase carries its own negation ("not enough"): a negator before it does not negate it again. */
  negatedInside: boolean;
}

/** The stance lexicon compiled: one regular expression over every phrase of every group. */
export interface StanceLexicon {
  re: RegExp;
  byPhrase: Map<string, PhrasePattern>;
  prefixes: Array<[string, PhrasePattern]>;
}

/** Words that negate the phrase after them ("not", "never", "no"). */
export const NEGATORS: ReadonlySet<string> = new Set(lexicon.negators);
/** Words that negate what follows unless a quantity is meant ("little progress", but "a little progress"). */
export const MINIMISERS: ReadonlySet<string> = new Set(lexicon.minimisers);

/** Escapes a phrase for a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower-case with typographic apostrophes made straight, as phrases are written. */
export const normalise = (s: string): string => s.toLowerCase().replace(/[’]/g, "'");

/** Compiles the lexicon's groups plus a caller's extra cue words (each its stance's `extra:` group). */
export function compileLexicon(extra: Partial<Record<Stance, string[]>> = {}): StanceLexicon {
  const byPhrase = new Map<string, PhrasePattern>();
  const prefixes: Array<[string, PhrasePattern]> = [];
  const parts: string[] = [];
  const add = (group: string, phrase: string): void => {
    const p = normalise(phrase.trim());
    if (!p) return;
    const negatedInside = p.split(/\s+/).some((w) => NEGATORS.has(w)) || /n't\b/.test(p) || /^without\b/.test(p);
    const pattern = { group, negatedInside };
    if (p.endsWith('*')) {
      const stem = p.slice(0, -1);
      prefixes.push([stem, pattern]);
      parts.push(escapeRegExp(stem) + '[\\p{L}-]*');
    } else {
      byPhrase.set(p, pattern);
      parts.push(escapeRegExp(p));
    }
  };
  // A caller's words come first: where they repeat a lexicon phrase, theirs decides.
  for (const [stance, words] of Object.entries(extra) as Array<[Stance, string[]]>) for (const w of words ?? []) add(`extra:${stance}`, w);
  for (const [group, phrases] of Object.entries(lexicon.groups)) for (const phrase of phrases) if (!byPhrase.has(normalise(phrase))) add(group, phrase);
  parts.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { re, byPhrase, prefixes };
}

/** The pattern a matched phrase belongs to: exact, else the longest prefix entry. */
export function lookup(lex: StanceLexicon, phrase: string): PhrasePattern | undefined {
  const exact = lex.byPhrase.get(phrase);
  if (exact) return exact;
  let best: [string, PhrasePattern] | undefined;
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

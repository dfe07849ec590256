import lexicon from './stance.lexicon.json';
import { KEPT_WORDS } from '../memo';
import type { AnalyzeOptions, Stance } from '../types';

/** One compiled phrase: the feature group it belongs to. */
export interface PhrasePattern {
  /** A group of the stance lexicon ("rejection"), or `extra:<stance>` for a caller's own cue words. */
  group: string;
  /** The phrase carries its own negation ("not enough"): a negator before it does not negate it again. */
  negatedInside: boolean;
}

/** One phrase of the lexicon as words; the last may be a prefix ("disappoint*"). */
export interface CompiledPhrase {
  words: string[];
  /** Its last word is a prefix: any word that starts with it matches. */
  prefix: boolean;
  pattern: PhrasePattern;
}

/**
 * The stance lexicon compiled for matching word by word: phrases by their first word, and
 * one-word prefixes by their first three letters (a word is checked against those few only).
 */
export interface StanceLexicon {
  byFirstWord: Map<string, CompiledPhrase[]>;
  prefixesByStart: Map<string, CompiledPhrase[]>;
  /** The fewest letters a one-word prefix is indexed by. */
  shortestPrefix: number;
  /** What the lexicon has for each word met so far. */
  words: Map<string, WordEntry>;
}

/** Groups whose prior leans supportive ("approval", "progress"): a phrase of theirs with a negator inside turns that negator to good ("the door is not closed"). */
export const SUPPORTIVE_GROUPS: ReadonlySet<string> = new Set(Object.entries(lexicon.priors as Record<string, Partial<Record<Stance, number>>>)
  .filter(([feature, prior]) => !feature.includes(':') && Object.entries(prior).every(([stance]) => stance === 'supportive')).map(([feature]) => feature));
/** Words that negate the phrase after them ("not", "never", "no"). */
export const NEGATORS: ReadonlySet<string> = new Set(lexicon.negators);
/** VADER words whose valence is not read: in news they are mostly function words ("like" other unions, "as well"). */
export const NOT_VALENCE: ReadonlySet<string> = new Set(lexicon.notValence);
/** Negative subjects that negate their whole clause ("nobody", "neither"). */
export const SUBJECT_NEGATORS: ReadonlySet<string> = new Set(lexicon.subjectNegators);
/** Words by which a speaker disowns the label after them ("their so-called improved offer"). */
export const DISTANCERS: ReadonlySet<string> = new Set(lexicon.distancers);
/** Verbs of naming, which disown the label after them when "what" comes before ("what they call progress"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(lexicon.namingVerbs);
/** Words that negate what follows unless a quantity is meant ("little progress", but "a little progress"). */
export const MINIMISERS: ReadonlySet<string> = new Set(lexicon.minimisers);

/** Escapes a phrase for a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower-case with typographic apostrophes made straight, as phrases are written. */
export const normalise = (s: string): string => s.toLowerCase().replace(/[’]/g, "'");
/** A word of normalised text (letters, inner apostrophes and hyphens), or a clause comma. */
export const WORD = /\p{L}(?:[\p{L}'’-]*\p{L})?|[,;]/gu;
/** How many first letters of a one-word prefix index it. */
const PREFIX_INDEX = 3;

/** The words of a phrase as the matcher reads text (a comma inside it, "too little, too late", must stand in the text too). */
const phraseWords = (p: string): string[] => [...p.matchAll(WORD)].map((m) => m[0]).filter((w, i, all) => (w !== ',' && w !== ';') || (i > 0 && i < all.length - 1));

/** Compiles the lexicon's groups plus a caller's extra cue words (each its stance's `extra:` group). */
export function compileLexicon(extra: Partial<Record<Stance, string[]>> = {}): StanceLexicon {
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  const prefixesByStart = new Map<string, CompiledPhrase[]>();
  const seen = new Set<string>();
  let shortestPrefix = PREFIX_INDEX;
  const add = (group: string, phrase: string): void => {
    let p = normalise(phrase.trim());
    const prefix = p.endsWith('*');
    if (prefix) p = p.slice(0, -1);
    const words = phraseWords(p);
    const key = `${words.join(' ')}${prefix ? '*' : ''}`;
    // A caller's words come first: where they repeat a lexicon phrase, theirs decides.
    if (!words.length || seen.has(key)) return;
    seen.add(key);
    const negatedInside = words.some((w) => NEGATORS.has(w)) || words.some((w) => w.endsWith("n't")) || words[0] === 'without';
    const compiled: CompiledPhrase = { words, prefix, pattern: { group, negatedInside } };
    // A one-word prefix shorter than the index ("ok*") is indexed by what it has.
    const [map, k] = prefix && words.length === 1 ? [prefixesByStart, words[0].slice(0, PREFIX_INDEX)] : [byFirstWord, words[0]];
    if (map === prefixesByStart) shortestPrefix = Math.min(shortestPrefix, k.length);
    const list = map.get(k);
    if (list) list.push(compiled);
    else map.set(k, [compiled]);
  };
  for (const [stance, words] of Object.entries(extra) as Array<[Stance, string[]]>) for (const w of words ?? []) add(`extra:${stance}`, w);
  for (const [group, phrases] of Object.entries(lexicon.groups)) for (const phrase of phrases) add(group, phrase);
  return { byFirstWord, prefixesByStart, shortestPrefix: Math.max(1, shortestPrefix), words: new Map() };
}

/** Most describing words between a phrase's article and its noun ("reach a | quick | agreement"). */
const MAX_DESCRIBERS = 2;
/** Articles, "a" and "an" one word for this ("reach an agreement" is "reach a quick agreement" too). */
const ARTICLE_FORMS: ReadonlyMap<string, string> = new Map([['a', 'a'], ['an', 'a'], ['the', 'the']]);

/**
 * How many words the phrase `c` spans from word `i` on, before word `end`, or 0 if it does not
 * match there. Where the phrase has an article right before its last word, a describing word or two
 * may stand between them ("reached a tentative deal"): words `skippable` allows.
 */
function matchLength(c: CompiledPhrase, words: readonly { text: string }[], i: number, end: number, skippable?: (k: number) => boolean): number {
  const n = c.words.length;
  if (i + n > end) return 0;
  for (let k = 0; k < n - 1; k++) {
    if (words[i + k].text === c.words[k]) continue;
    // (Only an article's form may differ, and only before the last word: "a quick agreement" for "an agreement".)
    if (k !== n - 2 || !skippable || ARTICLE_FORMS.get(words[i + k].text) !== ARTICLE_FORMS.get(c.words[k]) || !ARTICLE_FORMS.has(c.words[k])) return 0;
  }
  let at = i + n - 1;
  if (endsPhrase(c, words[at].text)) return n;
  if (!skippable || !ARTICLE_FORMS.has(c.words[n - 2])) return 0;
  for (let skipped = 0; skipped < MAX_DESCRIBERS && at + 1 < end && skippable(at); skipped++) {
    at++;
    if (endsPhrase(c, words[at].text)) return at - i + 1;
  }
  return 0;
}

/** Is `w` the last word of phrase `c` (or, for a prefix, a word it starts)? */
function endsPhrase(c: CompiledPhrase, w: string): boolean {
  const last = c.words[c.words.length - 1];
  return c.prefix ? w.startsWith(last) : w === last;
}

/** Is `c` a better match than `best`: longer, or as long and exact where `best` is a prefix (else the longer prefix)? */
const better = (c: CompiledPhrase, best: CompiledPhrase | null): boolean => {
  if (!best) return true;
  const n = c.words.length;
  if (n !== best.words.length) return n > best.words.length;
  return best.prefix && (!c.prefix || c.words[n - 1].length > best.words[n - 1].length);
};

/** What the lexicon has for one word: its phrases of several words, and its best one-word phrase. */
interface WordEntry {
  longer: CompiledPhrase[];
  single: CompiledPhrase | null;
}
const NO_PHRASES: CompiledPhrase[] = [];

/** The lexicon's phrases for word `w`, worked out once per word. */
function entryFor(lex: StanceLexicon, w: string): WordEntry {
  let e = lex.words.get(w);
  if (e) return e;
  const longer: CompiledPhrase[] = [];
  let single: CompiledPhrase | null = null;
  for (const c of lex.byFirstWord.get(w) ?? NO_PHRASES) {
    // One-word prefixes are indexed by their first letters, so a one-word phrase here is the word itself.
    if (c.words.length > 1) longer.push(c);
    else if (better(c, single)) single = c;
  }
  for (let n = Math.min(PREFIX_INDEX, w.length); n >= lex.shortestPrefix; n--) {
    for (const c of lex.prefixesByStart.get(w.slice(0, n)) ?? NO_PHRASES) if (w.startsWith(c.words[0]) && better(c, single)) single = c;
  }
  e = { longer, single };
  if (lex.words.size >= KEPT_WORDS) lex.words.clear();
  lex.words.set(w, e);
  return e;
}

/**
 * The longest phrase that starts at word `i` of `words` and ends before word `end`, with how many
 * words it spans (a longer phrase wins; at equal length an exact one wins over a prefix), or null.
 */
export function phraseAt(lex: StanceLexicon, words: readonly { text: string }[], i: number, end = words.length, skippable?: (k: number) => boolean): { pattern: PhrasePattern; length: number } | null {
  const e = entryFor(lex, words[i].text);
  let best = e.single;
  let length = 1;
  for (const c of e.longer) {
    if (!better(c, best)) continue;
    const m = matchLength(c, words, i, end, skippable);
    if (m) { best = c; length = m; }
  }
  return best ? { pattern: best.pattern, length } : null;
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

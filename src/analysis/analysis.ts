import { capitalisedRuns } from './1-segment/names';
import { SUBJECT_LEMMA } from './2-candidates/cueWords';
import { opensWithQuote, paragraphs, wrapsLines } from './1-segment/paragraphs';
import { countWords } from './1-segment/tokens';
import { speakerDisplay, type ShownSpeaker } from './3-speakers/display';
import { resolveSpeakers, type Attribution } from './3-speakers/document';
import type { Entity } from './3-speakers/registry';
import { HONORIFICS } from './3-speakers/speakerWords';
import { countByStance, quoteStance, speakerPriors, speakerStance } from './4-stance/decide';
import { framingNotes, type FramingNote } from './4-stance/framing';
import { lexiconFor, type StanceLexicon } from './4-stance/lexicon';
import { candidateFeatures } from './4-stance/wordFeatures';
import { analyzeParagraph, type ParagraphWork, type Placed } from './paragraph';
import { lowerBound } from './search';
import { STOP_CAPITALISED } from './words/words';
import type { Analysis, AnalyzeOptions, QuoteFinding, Span, Speaker, StanceCue, UnclosedQuote } from './types';

/** Everything quote building needs besides the quote itself. */
export interface Context {
  lex: StanceLexicon;
  custom: boolean;
  framings: Map<number, FramingNote[]>;
  show: (e: Entity) => ShownSpeaker;
}

/** Everything the document-wide pass produced, kept so the next edit can reuse it. */
export interface Assembly {
  text: string;
  /** The options it was built with (cue words, roster), as a comparable key. */
  optionsKey: string;
  placed: Placed[];
  attributions: Attribution[][];
  /** Speech-like quotations with no speaker, per paragraph, relative offsets. */
  unattributed: Span[][];
  quotes: QuoteFinding[][];
  ctx: Context;
  /** Every last name the registry knew: capitalised words that name people. */
  surnames: Set<string>;
  /** What the last `finish` flattened; set by `finish`. */
  flat?: Flat;
  /** Paragraphs at the top whose quotes are the same objects as in the previous assembly. */
  unchangedHead?: number;
  /** Whether the text reads as a hard-wrapped draft, whose lines may run on (see `wrapsLines`). */
  wraps: boolean;
}

/** The flat lists of the last `finish`, kept so the next one can copy the part before an edit. */
export interface Flat {
  quotes: QuoteFinding[];
  entities: Array<Entity | null>;
  /** Index in `quotes` of each paragraph's first quote (one more entry at the end). */
  firstQuote: number[];
}

/** While set, every quote built is filed here with its stance features (for training and inspection). */
let featureLog: WeakMap<QuoteFinding, Record<string, number>> | null = null;

/** Runs `fn` with every quote's stance features recorded, and returns them with its result. */
export function withFeatureLog<T>(fn: () => T): { result: T; features: WeakMap<QuoteFinding, Record<string, number>> } {
  const features = new WeakMap<QuoteFinding, Record<string, number>>();
  featureLog = features;
  try {
    return { result: fn(), features };
  } finally {
    featureLog = null;
  }
}

/** Builds the finding for one attributed candidate of paragraph `pi`. */
export function buildQuote(a: Attribution, p: Placed, pi: number, ctx: Context): QuoteFinding {
  const { candidate: c, entity, mention } = a;
  const shown = entity ? ctx.show(entity) : null;
  const text = p.text.slice(c.start, c.end);
  const { stance, confidence, probabilities, cues, features } = quoteStance({
    own: candidateFeatures(c, p.work.sentences[a.sentence].candidates, p.text, ctx.lex, ctx.custom),
    paragraphStart: p.start,
    paragraph: pi,
    docSentence: a.docSentence,
    cue: c.cue,
    kind: c.kind,
    words: countWords(p.text, c.start, c.end),
    notes: (entity && ctx.framings.get(entity.id)) || [],
    rosterStance: shown?.stance,
  });
  const finding: QuoteFinding = {
    start: p.start + c.start,
    end: p.start + c.end,
    kind: c.kind,
    text,
    speaker: shown ? shown.name : null,
    mention: mention ? { start: p.start + mention.start, end: p.start + mention.end, text: mention.text, type: mention.type } : null,
    role: shown ? shown.role : null,
    // A quotation given to the sentence subject has no reporting verb to show.
    cue: c.cue && c.cue.lemma !== SUBJECT_LEMMA ? c.cue.verb.text : null,
    stance,
    confidence,
    stanceScores: probabilities,
    cues,
  };
  featureLog?.set(finding, features);
  if (c.continued) finding.continued = true;
  if (a.alternatives) finding.alternatives = a.alternatives;
  if (shown?.stance) finding.stanceFromRoster = true;
  if (a.inferred) finding.inferred = true;
  return finding;
}

/** Capitalised runs of a paragraph, computed once per paragraph work. */
const runsCache = new WeakMap<ParagraphWork, Map<string, number>>();
const runsOf = (p: Placed): Map<string, number> => {
  let runs = runsCache.get(p.work);
  if (!runs) runsCache.set(p.work, (runs = capitalisedRuns(p.text)));
  return runs;
};

/** Where the text first gives `words` (a name or a last name), if before offset `before`; else null. */
function givenBefore(placed: Placed[], words: string, before: number): number | null {
  // Every word of the name stands in the paragraph's text as it is: a cheap test first.
  const longest = words.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  for (const p of placed) {
    if (p.start >= before) return null;
    if (!p.text.includes(longest)) continue;
    const at = runsOf(p).get(words);
    if (at !== undefined) return p.start + at < before ? p.start + at : null;
  }
  return null;
}

/** Where the last name of `name` first stands alone, if before the full name is first given; else null. */
function surnameBeforeName(placed: Placed[], name: string, mentions: readonly Span[]): number | null {
  const words = name.split(/\s+/);
  const surname = words[words.length - 1];
  if (words.length < 2 || STOP_CAPITALISED.has(surname)) return null;
  // The full name is looked for up to the paragraph after the speaker's last mention (later, a bare
  // first mention is flagged on its own): the scan stays bounded by the speaker's stretch of text.
  const last = lowerBound(placed, mentions.reduce((end, m) => Math.max(end, m.end), 0), (x) => x.start + x.text.length);
  const next = placed[Math.min(placed.length - 1, last + 1)];
  const fullAt = givenBefore(placed, name, next ? next.start + next.text.length : 0);
  if (fullAt === null) return null;
  const at = givenBefore(placed, surname, fullAt);
  if (at === null) return null;
  // "Ana Reyes" is someone else, not an early "Reyes"; "Ms Reyes" is the same person.
  const p = placed[lowerBound(placed, at, (x) => x.start + x.text.length)];
  const before = /(\S+)\s+$/.exec(p.text.slice(Math.max(0, at - p.start - 30), at - p.start))?.[1] ?? '';
  return /^\p{Lu}/u.test(before) && !HONORIFICS.has(before.toLowerCase()) && !STOP_CAPITALISED.has(before) ? null : at;
}

/** Groups quotes by speaker, with mentions, stance counts and an overall stance. */
function speakersOf(quotes: QuoteFinding[], entities: Array<Entity | null>, show: (e: Entity) => ShownSpeaker, placed: Placed[]): Speaker[] {
  const byName = new Map<string, { sp: Speaker; seen: Set<number> }>();
  quotes.forEach((q, i) => {
    const e = entities[i];
    if (!e) return;
    const shown = show(e);
    // Keyed by the shown name: the roster may merge two of the text's names into one person.
    let entry = byName.get(shown.name);
    if (!entry) {
      entry = { sp: { name: shown.name, role: shown.role, roles: shown.roles, kind: e.kind, mentions: [], quotes: [], stance: 'neutral', stanceCounts: countByStance([]), introducedAt: null, surnameAt: null }, seen: new Set() };
      byName.set(shown.name, entry);
    }
    const { sp, seen } = entry;
    sp.quotes.push(i);
    if (q.mention && !seen.has(q.mention.start)) { seen.add(q.mention.start); sp.mentions.push(q.mention); }
  });
  const out: Speaker[] = [];
  for (const { sp } of byName.values()) {
    const own = sp.quotes.map((i) => quotes[i]);
    sp.stanceCounts = countByStance(own);
    sp.stance = speakerStance(own);
    if (sp.kind === 'person' && sp.mentions.length) {
      // Only a short first mention (a last name, a pronoun) needs to know what came before it.
      const first = sp.mentions.reduce((x, y) => (y.start < x.start ? y : x));
      if (first.type === 'pronoun' || (first.type === 'name' && !first.text.includes(sp.name))) sp.introducedAt = givenBefore(placed, sp.name, first.start);
      sp.surnameAt = surnameBeforeName(placed, sp.name, sp.mentions);
    }
    out.push(sp);
  }
  return out;
}

/**
 * Flattens per-paragraph results into the `Analysis`. With `reuse`, the quotes of the first
 * `reuse.upTo` paragraphs are the same objects as last time and are copied in one slice.
 */
export function finish(a: Assembly, reuse?: { flat: Flat; upTo: number }): Analysis {
  const firstQuote: number[] = new Array(a.quotes.length + 1);
  let quotes: QuoteFinding[] = [];
  let entities: Array<Entity | null> = [];
  let from = 0;
  if (reuse && reuse.upTo > 0) {
    const n = reuse.flat.firstQuote[reuse.upTo];
    quotes = reuse.flat.quotes.slice(0, n);
    entities = reuse.flat.entities.slice(0, n);
    for (let pi = 0; pi <= reuse.upTo; pi++) firstQuote[pi] = reuse.flat.firstQuote[pi];
    from = reuse.upTo;
  }
  for (let pi = from; pi < a.quotes.length; pi++) {
    firstQuote[pi] = quotes.length;
    const qs = a.quotes[pi];
    const its = a.attributions[pi];
    for (let k = 0; k < qs.length; k++) {
      quotes.push(qs[k]);
      entities.push(its[k].entity);
    }
  }
  firstQuote[a.quotes.length] = quotes.length;
  a.flat = { quotes, entities, firstQuote };
  const unattributed: Span[] = [];
  const unclosed: UnclosedQuote[] = [];
  for (let pi = 0; pi < a.quotes.length; pi++) {
    const base = a.placed[pi].start;
    for (const u of a.unattributed[pi]) unattributed.push({ start: base + u.start, end: base + u.end });
    for (const u of unclosedIn(a.placed[pi])) unclosed.push({ start: base + u.start, end: base + u.end, mark: u.mark });
  }
  // The caller gets its own arrays: the kept ones are read again by the next edit.
  const shown = withSpeakerPriors(quotes);
  return { quotes: shown, speakers: speakersOf(shown, entities, a.ctx.show, a.placed), unattributed, unclosed };
}

/**
 * The quotes with each uncertain one's stance weighed against its speaker's other quotes (see
 * `withSpeakerPrior`), in a new array: a quote changed is a copy, so the kept ones stay the model's
 * alone for the next edit. The roster's stance is never touched, nor counted for others.
 */
function withSpeakerPriors(quotes: readonly QuoteFinding[]): QuoteFinding[] {
  const out = quotes.slice();
  const tipped = speakerPriors(quotes, (q) => (q.stanceFromRoster ? null : q.speaker), (q) => q.stanceScores);
  for (const [i, r] of tipped) {
    const q = quotes[i];
    // The cue says so; the words behind the model's own lean still show when the label stands.
    const cue: StanceCue = { text: `${r.others} other quote${r.others === 1 ? '' : 's'}`, stance: r.stance, feature: 'speaker' };
    const copy = (out[i] = { ...q, stance: r.stance, confidence: r.confidence, stanceScores: r.probabilities, cues: r.stance === q.stance ? [...q.cues, cue] : [cue] });
    const features = featureLog?.get(q);
    if (features) featureLog!.set(copy, features);
  }
  return out;
}

const NONE: UnclosedQuote[] = [];
const unclosedCache = new WeakMap<ParagraphWork, UnclosedQuote[]>();
/** Opening marks of a paragraph never closed nor continued (relative offsets), computed once per work. */
function unclosedIn(p: Placed): UnclosedQuote[] {
  let spans = unclosedCache.get(p.work);
  if (!spans) {
    const found = p.work.quotes.filter((q) => q.close < 0 && !q.continued).map((q) => ({ start: q.open, end: q.end, mark: p.text[q.open] }));
    unclosedCache.set(p.work, (spans = found.length ? found : NONE));
  }
  return spans;
}

/** A key that changes when the options that shape the document-wide pass change. */
export const optionsKey = (o: AnalyzeOptions): string => (o.extraCues || o.roster ? JSON.stringify([o.extraCues ?? null, o.roster ?? null]) : '');

/** The cache key of a paragraph's work: its text, and whether the next paragraph opens a quote. */
export const workKey = (text: string, nextOpensQuote: boolean): string => (nextOpensQuote ? '1' : '0') + text;

/** Places every paragraph of `text[from..to)`, taking work from `known` when the text matches. */
export function placeRange(text: string, from: number, to: number, nextStart: number | null, known?: Map<string, ParagraphWork>): Placed[] {
  const paras = paragraphs(text, from, to);
  return paras.map((p, i): Placed => {
    const ptext = text.slice(p.start, p.end);
    const next = i + 1 < paras.length ? paras[i + 1].start : nextStart;
    const flag = next !== null && opensWithQuote(text, next);
    const key = workKey(ptext, flag);
    let work = known?.get(key);
    if (!work) {
      work = analyzeParagraph(ptext, flag);
      known?.set(key, work);
    }
    return { start: p.start, text: ptext, work };
  });
}

/** Runs the document-wide stages (speakers, then stance) over placed paragraphs and builds every quote. */
export function assembleAll(text: string, placed: Placed[], options: AnalyzeOptions): Assembly {
  const { attributions, unattributed, subjects, surnames } = resolveSpeakers(placed);
  const ctx: Context = { ...lexiconFor(options), framings: framingNotes(placed, subjects), show: speakerDisplay(options.roster) };
  const quotes = attributions.map((list, pi) => list.map((a) => buildQuote(a, placed[pi], pi, ctx)));
  return { text, optionsKey: optionsKey(options), placed, attributions, unattributed, quotes, ctx, surnames, wraps: wrapsLines(text) };
}

/** A full assembly of a (masked) text; identical paragraphs in it are analysed once. */
export function assembleFresh(masked: string, options: AnalyzeOptions, warm: Map<string, ParagraphWork> = new Map()): Assembly {
  return assembleAll(masked, placeRange(masked, 0, masked.length, null, warm), options);
}

/** Replaces the characters of `ranges` with spaces (keeping line breaks), so offsets stay put. */
export function mask(text: string, ranges: readonly Span[]): string {
  if (!ranges.length) return text;
  let out = '';
  let pos = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(pos, Math.min(r.start, text.length));
    const end = Math.max(start, Math.min(r.end, text.length));
    out += text.slice(pos, start) + text.slice(start, end).replace(/[^\r\n\u2028\u2029]/g, ' ');
    pos = end;
  }
  return out + text.slice(pos);
}

/** Analyses a text: every quote with its speaker, role and stance, and the list of speakers. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return finish(assembleFresh(mask(text, options.exclude ?? []), options));
}

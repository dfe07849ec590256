import type { Candidate } from './attribution';
import { analyzeParagraph, opensWithQuote, type ParagraphWork, type SentenceWork } from './paragraph';
import { paragraphs } from './quotes';
import { parseMention, Registry, Resolver, type Entity } from './speakers';
import { addFramingVerb, compileLexicon, decide, defaultLexicon, scoreWords, type StanceLexicon, type StanceScore } from './stance';
import { lowerBound } from './search';
import { stripPossessive } from './tokens';
import { STANCES, type Analysis, type AnalyzeOptions, type Mention, type QuoteFinding, type RosterPerson, type Span, type Speaker, type Stance } from './types';

export * from './types';
export { markdownCodeRanges } from './markdown';
export { checkAnalysis, CHECK_CODES, DEFAULT_SEVERITIES, type CheckCode, type Fix, type Problem, type Severity } from './checks';
export { parseRoster, MAX_ROSTER_BYTES, type RosterError } from './roster';
export { reportData, renderCsv, renderHtml, renderMarkdown, escapeHtml, STANCE_NAMES, type ReportData } from './report';

/** A paragraph of the document: where it starts, its text, and the work done on that text. */
interface Placed {
  start: number;
  text: string;
  work: ParagraphWork;
}

/** One attributed candidate after the document-wide pass; offsets relative to its paragraph. */
interface Item {
  /** Index of the candidate in its paragraph (sentences in order, then candidates in order). */
  ci: number;
  c: Candidate;
  /** Index of the candidate's sentence in its paragraph, and in the whole document. */
  si: number;
  gs: number;
  entity: Entity | null;
  mention: Mention | null;
  /** Other people a pronoun attribution could point to. */
  alternatives?: string[];
}

/** The writer's framing of a speaker, noted where the text gives it. */
interface FramingNote {
  paragraph: number;
  sentence: number;
  /** Index of the sentence in the whole document. */
  gs: number;
  text: string;
  weights: Partial<Record<Stance, number>>;
}

/** Everything the document-wide pass produced, kept so the next edit can reuse it. */
interface Assembly {
  text: string;
  /** The options it was built with (cue words, roster), as a comparable key. */
  optionsKey: string;
  placed: Placed[];
  items: Item[][];
  /** Speech-like quotations with no speaker, per paragraph, relative offsets. */
  unattributed: Span[][];
  quotes: QuoteFinding[][];
  framings: Map<number, FramingNote[]>;
  show: (e: Entity) => Shown;
  ctx: Context;
  /** Every last name the registry knew: capitalised words that name people. */
  surnames: Set<string>;
  /** What the last `finish` flattened; set by `finish`. */
  flat?: Flat;
  /** Paragraphs at the top whose quotes are the same objects as in the previous assembly. */
  unchangedHead?: number;
}

const candidatesOf = (work: ParagraphWork): Array<{ c: Candidate; si: number }> =>
  work.sentences.flatMap((s, si) => s.candidates.map((c) => ({ c, si })));

/** The first registered person named in a sentence's opening words. */
function firstNamed(sw: SentenceWork, reg: Registry): Entity | null {
  for (const t of sw.tokens.slice(0, 12)) {
    if (t.kind !== 'word' || !t.cap) continue;
    const e = reg.bySurnameKey(stripPossessive(t.text));
    if (e) return e;
  }
  return null;
}

/**
 * The document-wide pass: the speaker registry, then mentions resolved in text order (pronouns,
 * descriptions, carried quotes), and the writer's framing. Linear in sentences and candidates.
 */
function resolveAll(placed: Placed[]): Pick<Assembly, 'items' | 'framings' | 'unattributed' | 'surnames'> {
  const registry = new Registry();
  for (const p of placed) for (const s of p.work.sentences) for (const f of s.facts) registry.person(f.name, p.start + f.name[0].start, f.role, f.parts);
  const resolver = new Resolver(registry);
  const items: Item[][] = [];
  const unattributed: Span[][] = [];
  const framings = new Map<number, FramingNote[]>();
  let lastParagraph = -1;
  // People named in the previous and the current sentence, for spotting ambiguous pronouns.
  let before = new Set<Entity>();
  let gs = -1;

  placed.forEach((p, pi) => {
    const own: Item[] = [];
    const lost: Span[] = [];
    items.push(own);
    unattributed.push(lost);
    let ci = 0;
    p.work.sentences.forEach((sw, si) => {
      gs++;
      const named = new Set<Entity>();
      for (const t of sw.tokens) {
        if (t.kind !== 'word' || !t.cap) continue;
        const e = registry.bySurnameKey(stripPossessive(t.text));
        if (e) named.add(e);
      }
      let subject: Entity | null = null;
      if (!sw.candidates.length) {
        // "Brandt struck a guarded tone. ..., he said.": a named subject is who "he" means next.
        const parsed = sw.subject.length ? parseMention(sw.subject) : null;
        const last = parsed?.nameTokens[parsed.nameTokens.length - 1];
        subject = (parsed?.type === 'name' && last && registry.bySurnameKey(stripPossessive(last.text))) || null;
        // "China's lead negotiator, Liu Zhenmin, rejected ...": the subject is the named apposition.
        if (!subject && parsed?.type === 'description') subject = firstNamed(sw, registry) ?? resolver.existing(sw.subject, p.start);
        if (subject) resolver.note(subject);
      }
      for (const c of sw.candidates) {
        const index = ci++;
        let entity: Entity | null = null;
        let mention: Mention | null = null;
        let alternatives: string[] | undefined;
        if (c.cue?.source?.length) {
          ({ entity, mention } = resolver.resolve(c.cue.source, c.cue.appositions, p.text, p.start));
          if (entity) resolver.note(entity);
          if (entity && mention?.type === 'pronoun' && /^(?:he|she)$/i.test(mention.text)) {
            const others = [...new Set([...before, ...named])].filter((x) => x !== entity && x.kind === 'person');
            if (others.length) alternatives = others.map((x) => x.name);
          }
        } else if (c.carried || c.cue) {
          // A quote with no cue of its own continues the previous speaker, if that was recent.
          if (lastParagraph >= pi - 1) entity = resolver.current;
          if (!entity) {
            lost.push({ start: c.start, end: c.end });
            continue;
          }
        }
        lastParagraph = pi;
        if (!c.introduces) own.push(alternatives ? { ci: index, c, si, gs, entity, mention, alternatives } : { ci: index, c, si, gs, entity, mention });
        if (entity?.kind === 'person') named.add(entity);
        subject ??= entity;
      }
      before = named;
      if (sw.framings.length) {
        subject ??= firstNamed(sw, registry);
        if (subject) {
          const list = framings.get(subject.id) ?? [];
          for (const f of sw.framings) list.push({ paragraph: pi, sentence: si, gs, ...f });
          framings.set(subject.id, list);
        }
      }
    });
  });
  return { items, framings, unattributed, surnames: registry.surnames() };
}

/** How many sentences away the writer's framing of a speaker still colours their quotes. */
const FRAMING_REACH = 4;

/** How an entity is shown: its name, roles and any stance override, after the roster. */
interface Shown {
  name: string;
  role: string | null;
  roles: string[];
  stance?: Stance;
}

/** Everything quote building needs besides the quote itself. */
interface Context {
  lex: StanceLexicon;
  custom: boolean;
  framings: Map<number, FramingNote[]>;
  show: (e: Entity) => Shown;
}

/** Stance inputs and output for one quote: its words, its cue verb, and nearby framing. */
function quoteOf(item: Item, p: Placed, pi: number, ctx: Context): QuoteFinding {
  const { c, entity, mention } = item;
  const own = ctx.custom ? scoreWords(p.text.slice(c.start, c.end), c.start, ctx.lex) : (c.score ??= scoreWords(p.text.slice(c.start, c.end), c.start, ctx.lex));
  const score: StanceScore = {
    scores: { supportive: own.scores.supportive, critical: own.scores.critical, cautious: own.scores.cautious, neutral: own.scores.neutral },
    cues: own.cues.map((x) => ({ text: x.text, stance: x.stance, start: p.start + x.start!, end: p.start + x.end! })),
  };
  if (c.cue) addFramingVerb(score, c.cue.lemma, c.cue.verb.text);
  const notes = (entity && ctx.framings.get(entity.id)) || [];
  // Notes are in document order: look only at the few sentences around this one.
  for (let n = lowerBound(notes, item.gs - FRAMING_REACH, (x) => x.gs); n < notes.length && notes[n].gs <= item.gs + FRAMING_REACH; n++) {
    const fr = notes[n];
    // The writer's framing colours the speaker's words nearby, but a quote's own cue verb
    // ("welcomed X but warned against Y") outranks framing in its own sentence.
    if (fr.paragraph < pi - 1 || fr.paragraph > pi || fr.gs === item.gs) continue;
    for (const [stance, w] of Object.entries(fr.weights) as Array<[Stance, number]>) {
      score.scores[stance] += w / 2;
      score.cues.push({ text: fr.text, stance });
    }
  }
  const shown = entity ? ctx.show(entity) : null;
  let { stance, confidence } = decide(score);
  if (shown?.stance) {
    stance = shown.stance;
    confidence = 1;
  }
  const finding: QuoteFinding = {
    start: p.start + c.start,
    end: p.start + c.end,
    kind: c.kind,
    text: p.text.slice(c.start, c.end),
    speaker: shown ? shown.name : null,
    mention: mention ? { start: p.start + mention.start, end: p.start + mention.end, text: mention.text, type: mention.type } : null,
    role: shown ? shown.role : null,
    cue: c.cue ? c.cue.verb.text : null,
    stance,
    confidence,
    cues: shown?.stance ? [{ text: 'roster', stance }] : score.cues.filter((x) => x.stance === stance),
  };
  if (c.continued) finding.continued = true;
  if (item.alternatives) finding.alternatives = item.alternatives;
  if (shown?.stance) finding.stanceFromRoster = true;
  return finding;
}

/** A quote moved by `delta` characters (the paragraph it is in moved; nothing else changed). */
function shifted(q: QuoteFinding, delta: number): QuoteFinding {
  const m = q.mention;
  const cues = new Array(q.cues.length);
  for (let i = 0; i < cues.length; i++) {
    const x = q.cues[i];
    cues[i] = x.start === undefined ? x : { text: x.text, stance: x.stance, start: x.start + delta, end: x.end! + delta };
  }
  const out: QuoteFinding = {
    start: q.start + delta,
    end: q.end + delta,
    kind: q.kind,
    text: q.text,
    speaker: q.speaker,
    mention: m ? { start: m.start + delta, end: m.end + delta, text: m.text, type: m.type } : null,
    role: q.role,
    cue: q.cue,
    stance: q.stance,
    confidence: q.confidence,
    cues,
  };
  if (q.continued) out.continued = true;
  if (q.alternatives) out.alternatives = q.alternatives;
  if (q.stanceFromRoster) out.stanceFromRoster = true;
  return out;
}

/** Groups quotes by speaker, with mentions and an overall stance (the most frequent non-neutral one). */
function speakersOf(quotes: QuoteFinding[], entities: Array<Entity | null>, show: (e: Entity) => Shown): Speaker[] {
  const byName = new Map<string, { sp: Speaker; seen: Set<number> }>();
  quotes.forEach((q, i) => {
    const e = entities[i];
    if (!e) return;
    const shown = show(e);
    // Keyed by the shown name: the roster may merge two of the text's names into one person.
    let entry = byName.get(shown.name);
    if (!entry) {
      entry = { sp: { name: shown.name, role: shown.role, roles: shown.roles, kind: e.kind, mentions: [], quotes: [], stance: 'neutral', stanceCounts: { supportive: 0, critical: 0, cautious: 0, neutral: 0 } }, seen: new Set() };
      byName.set(shown.name, entry);
    }
    const { sp, seen } = entry;
    sp.quotes.push(i);
    sp.stanceCounts[q.stance]++;
    if (q.mention && !seen.has(q.mention.start)) { seen.add(q.mention.start); sp.mentions.push(q.mention); }
  });
  const out: Speaker[] = [];
  for (const { sp } of byName.values()) {
    let best: Stance = 'neutral';
    for (const s of STANCES) if (s !== 'neutral' && sp.stanceCounts[s] > (best === 'neutral' ? 0 : sp.stanceCounts[best])) best = s;
    sp.stance = best;
    out.push(sp);
  }
  return out;
}

/** The flat lists of the last `finish`, kept so the next one can copy the part before an edit. */
interface Flat {
  quotes: QuoteFinding[];
  entities: Array<Entity | null>;
  /** Index in `quotes` of each paragraph's first quote (one more entry at the end). */
  firstQuote: number[];
}

/**
 * Flattens per-paragraph results into the `Analysis`. With `reuse`, the quotes of the first
 * `reuse.upTo` paragraphs are the same objects as last time and are copied in one slice.
 */
function finish(a: Assembly, reuse?: { flat: Flat; upTo: number }): Analysis {
  const firstQuote: number[] = new Array(a.quotes.length + 1);
  let quotes: QuoteFinding[];
  let entities: Array<Entity | null>;
  let from = 0;
  if (reuse && reuse.upTo > 0) {
    const n = reuse.flat.firstQuote[reuse.upTo];
    quotes = reuse.flat.quotes.slice(0, n);
    entities = reuse.flat.entities.slice(0, n);
    for (let pi = 0; pi <= reuse.upTo; pi++) firstQuote[pi] = reuse.flat.firstQuote[pi];
    from = reuse.upTo;
  } else {
    quotes = [];
    entities = [];
  }
  for (let pi = from; pi < a.quotes.length; pi++) {
    firstQuote[pi] = quotes.length;
    const qs = a.quotes[pi];
    const its = a.items[pi];
    for (let k = 0; k < qs.length; k++) {
      quotes.push(qs[k]);
      entities.push(its[k].entity);
    }
  }
  firstQuote[a.quotes.length] = quotes.length;
  a.flat = { quotes, entities, firstQuote };
  const unattributed: Span[] = [];
  const unclosed: Span[] = [];
  for (let pi = 0; pi < a.quotes.length; pi++) {
    const base = a.placed[pi].start;
    const lost = a.unattributed[pi];
    for (let k = 0; k < lost.length; k++) unattributed.push({ start: base + lost[k].start, end: base + lost[k].end });
    const open = unclosedIn(a.placed[pi].work);
    for (let k = 0; k < open.length; k++) unclosed.push({ start: base + open[k].start, end: base + open[k].end });
  }
  // The caller gets its own arrays: the kept ones are read again by the next edit.
  return { quotes: quotes.slice(), speakers: speakersOf(quotes, entities, a.show), unattributed, unclosed };
}

const NONE: Span[] = [];
const unclosedCache = new WeakMap<ParagraphWork, Span[]>();
/** Opening marks of a paragraph never closed nor continued (relative offsets), computed once per work. */
function unclosedIn(work: ParagraphWork): Span[] {
  let spans = unclosedCache.get(work);
  if (!spans) {
    const found = work.quotes.filter((q) => q.close < 0 && !q.continued).map((q) => ({ start: q.open, end: q.end }));
    unclosedCache.set(work, (spans = found.length ? found : NONE));
  }
  return spans;
}

/** A key that changes when the options that shape the document-wide pass change. */
const optionsKey = (o: AnalyzeOptions): string => (o.extraCues || o.roster ? JSON.stringify([o.extraCues ?? null, o.roster ?? null]) : '');

const lexicons = new Map<string, StanceLexicon>();
/** The stance lexicon with the options' extra cue words and the roster's, compiled once per set. */
function lexiconFor(options: AnalyzeOptions): { lex: StanceLexicon; custom: boolean } {
  const extra: Partial<Record<Stance, string[]>> = {};
  for (const source of [options.extraCues, options.roster?.cues]) {
    for (const [stance, words] of Object.entries(source ?? {}) as Array<[Stance, string[]]>) (extra[stance] ??= []).push(...(words ?? []));
  }
  if (!Object.values(extra).some((w) => w?.length)) return { lex: defaultLexicon(), custom: false };
  const key = JSON.stringify(extra);
  let lex = lexicons.get(key);
  if (!lex) {
    if (lexicons.size > 8) lexicons.clear();
    lexicons.set(key, (lex = compileLexicon(extra)));
  }
  return { lex, custom: true };
}

/** Shows entities as the text names them, or as the roster declares them when it knows them. */
function shower(roster: AnalyzeOptions['roster']): (e: Entity) => Shown {
  const known = new Map<string, RosterPerson>();
  for (const person of roster?.people ?? []) {
    for (const n of [person.name, ...(person.aliases ?? [])]) known.set(n.toLowerCase(), person);
  }
  const memo = new Map<Entity, Shown>();
  return (e) => {
    let shown = memo.get(e);
    if (shown) return shown;
    const name = e.name.toLowerCase();
    const person = known.get(name) ?? (e.kind === 'person' ? [...known.entries()].find(([n]) => n.split(/\s+/).pop() === e.key)?.[1] : undefined);
    const roles = [...e.roles];
    if (person?.role && !roles.includes(person.role)) roles.push(person.role);
    shown = { name: person?.name ?? e.name, role: Registry.role(e) ?? person?.role ?? null, roles, ...(person?.stance ? { stance: person.stance } : {}) };
    memo.set(e, shown);
    return shown;
  };
}

/** The cache key of a paragraph's work: its text, and whether the next paragraph opens a quote. */
const workKey = (text: string, nextOpensQuote: boolean): string => (nextOpensQuote ? '1' : '0') + text;

/** Files the work of `placed[from..to)` (paragraphs of `docText`) under its cache key in `into`. */
function fileWorks(docText: string, placed: Placed[], from: number, to: number, into: Map<string, ParagraphWork>): void {
  for (let i = from; i < to; i++) {
    const next = placed[i + 1];
    into.set(workKey(placed[i].text, !!next && opensWithQuote(docText, next.start)), placed[i].work);
  }
}

/** Places every paragraph of `text[from..to)`, taking work from `known` when the text matches. */
function placeRange(text: string, from: number, to: number, nextStart: number | null, known?: Map<string, ParagraphWork>): Placed[] {
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

/** Runs the document-wide pass and builds every quote. */
function assembleAll(text: string, placed: Placed[], options: AnalyzeOptions): Assembly {
  const { items, framings, unattributed, surnames } = resolveAll(placed);
  const ctx: Context = { ...lexiconFor(options), framings, show: shower(options.roster) };
  const quotes = items.map((list, pi) => list.map((item) => quoteOf(item, placed[pi], pi, ctx)));
  return { text, optionsKey: optionsKey(options), placed, items, unattributed, quotes, framings, show: ctx.show, ctx, surnames };
}

/** Replaces the characters of `ranges` with spaces (keeping line breaks), so offsets stay put. */
function mask(text: string, ranges: readonly Span[]): string {
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

/** How `analyzeInSlices` shares the thread. */
export interface SliceOptions {
  /** Ranges to analyse first (the visible part of an editor). */
  priority?: Span[];
  /** Milliseconds of work between yields. */
  budgetMs?: number;
  /** Gives the thread back (e.g. `() => new Promise((r) => setImmediate(r))`). */
  yieldTo: () => Promise<void>;
  /** Called once the priority ranges are analysed, with an analysis of just those paragraphs. */
  onPartial?: (partial: Analysis) => void;
  /** Checked after each yield; when true, the run stops and resolves to null (work done so far is kept). */
  isCancelled?: () => boolean;
}

/** An analyzer that remembers its previous document and reuses the work of what did not change. */
export interface IncrementalAnalyzer {
  /** Same result as `analyze(text, options)`, reusing the work of unchanged paragraphs. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * The same result, computed in slices that yield between them: priority ranges first (with a
   * partial result), then the rest. Resolves to null when cancelled.
   */
  analyzeInSlices(text: string, options: AnalyzeOptions, slices: SliceOptions): Promise<Analysis | null>;
}

/** A string summarising what of a paragraph the document-wide pass depends on (not quote wording). */
const signatures = new WeakMap<ParagraphWork, string>();
function signature(work: ParagraphWork): string {
  let sig = signatures.get(work);
  if (sig !== undefined) return sig;
  const words = (ts: { text: string }[] | null | undefined): string => (ts ?? []).map((t) => t.text).join(' ');
  sig = work.sentences.map((s) => [
    s.facts.map((f) => `${f.parts.join(' ')}=${f.role ?? ''}`).join(';'),
    s.candidates.map((c) => [c.kind, c.carried ? 1 : 0, c.introduces ? 1 : 0, c.continued ? 1 : 0,
      c.cue ? `${c.cue.lemma}/${c.cue.side}/${c.cue.verb.text}/${words(c.cue.source)}/${c.cue.appositions.map(words).join('+')}` : ''].join(',')).join(';'),
    s.candidates.length ? '' : words(s.subject),
    s.framings.map((f) => f.text).join(';'),
  ].join('|')).join('\n');
  signatures.set(work, sig);
  return sig;
}

const CHUNK = 512;

/**
 * The capitalised words of a paragraph that are known last names, sentence by sentence: they feed
 * the subject, framing and ambiguous-pronoun look-ups. Other capitalised words don't matter there.
 */
function namesIn(work: ParagraphWork, surnames: Set<string>): string {
  return work.sentences.map((s) => s.tokens.filter((t) => t.kind === 'word' && t.cap && surnames.has(stripPossessive(t.text).toLowerCase())).map((t) => t.text).join(' ')).join('\n');
}

/** Length of the common prefix of two strings (compared a chunk at a time, then by character). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.substring(i, i + CHUNK) === b.substring(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of two strings, not reaching into the first `floor` characters. */
function commonSuffix(a: string, b: string, floor: number): number {
  const n = Math.min(a.length, b.length) - floor;
  let i = 0;
  while (i + CHUNK <= n && a.substring(a.length - i - CHUNK, a.length - i) === b.substring(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Re-analyses `text` after `prev`, redoing only the paragraphs the edit touched. */
function reanalyze(prev: Assembly, text: string, options: AnalyzeOptions, warm: Map<string, ParagraphWork>): Assembly {
  const old = prev.placed;
  const prefix = commonPrefix(prev.text, text);
  const suffix = commonSuffix(prev.text, text, prefix);
  const delta = text.length - prev.text.length;
  // Paragraphs before the edit: those whose following paragraph still starts inside the common prefix.
  const head = Math.max(0, lowerBound(old, prefix, (p) => p.start) - 1);
  // Paragraphs after the edit: those that start (line break included) inside the common suffix.
  // The line break before the paragraph (and any indent after it) must be unchanged too.
  const unchangedFrom = prev.text.length - suffix;
  const lineStart = (at: number): number => {
    while (at > 0 && !/[\r\n\u2028\u2029]/.test(prev.text[at - 1])) at--;
    return at;
  };
  // Paragraph starts (and so their line starts) grow down the document: search, don't scan.
  let lo = head;
  let hi = old.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lineStart(old[mid].start) - 1 >= unchangedFrom) hi = mid;
    else lo = mid + 1;
  }
  const tail = lo;

  const from = head > 0 ? old[head - 1].start + old[head - 1].text.length : 0;
  let to = text.length;
  if (tail < old.length) {
    // Up to the start of the line that holds the first unchanged paragraph.
    to = old[tail].start + delta;
    while (to > from && !/[\r\n\u2028\u2029]/.test(text[to - 1])) to--;
  }
  fileWorks(prev.text, old, head, tail, warm);
  const middle = placeRange(text, from, to, tail < old.length ? old[tail].start + delta : null, warm);
  // The previous assembly belongs to this analyzer alone and is replaced by the one returned:
  // moving its paragraph records in place saves an allocation per paragraph after the edit.
  const moved = old.slice(tail);
  if (delta) for (const p of moved) p.start += delta;
  const placed = [...old.slice(0, head), ...middle, ...moved];

  // If the edit changed no speaker, cue, name, role or framing, the document-wide pass is unchanged:
  // reuse it, rebuild only the edited paragraphs' quotes, and shift the ones after.
  const oldMiddle = old.slice(head, tail);
  const same = prev.optionsKey === optionsKey(options) && oldMiddle.length === middle.length
    && middle.every((p, i) => p.work === oldMiddle[i].work
      || (signature(p.work) === signature(oldMiddle[i].work) && namesIn(p.work, prev.surnames) === namesIn(oldMiddle[i].work, prev.surnames)));
  if (!same) return assembleAll(text, placed, options);


  const items = prev.items.slice();
  const unattributed = prev.unattributed.slice();
  const ctx = prev.ctx;
  const quotes = prev.quotes.slice(0, head);
  middle.forEach((p, k) => {
    const pi = head + k;
    const fresh = candidatesOf(p.work);
    items[pi] = prev.items[pi].map((it) => {
      const { c, si } = fresh[it.ci];
      const src = c.cue?.source;
      const mention = it.mention && src?.length ? { start: src[0].start, end: src[src.length - 1].end, text: p.text.slice(src[0].start, src[src.length - 1].end), type: it.mention.type } : it.mention;
      return it.alternatives ? { ci: it.ci, c, si, gs: it.gs, entity: it.entity, mention, alternatives: it.alternatives } : { ci: it.ci, c, si, gs: it.gs, entity: it.entity, mention };
    });
    // Unattributed quotes are carried candidates without a speaker: same structure, new offsets.
    const lost = new Set(prev.unattributed[pi].map((u) => u.start));
    const oldCands = candidatesOf(oldMiddle[k].work);
    unattributed[pi] = oldCands.flatMap(({ c }, i) => (lost.has(c.start) ? [{ start: fresh[i].c.start, end: fresh[i].c.end }] : []));
    quotes.push(items[pi].map((item) => quoteOf(item, p, pi, ctx)));
  });
  for (let pi = tail; pi < old.length; pi++) quotes.push(delta ? prev.quotes[pi].map((q) => shifted(q, delta)) : prev.quotes[pi]);
  return { ...prev, text, placed, items, unattributed, quotes, flat: prev.flat, unchangedHead: head };
}

/**
 * Creates an analyzer for one document that is edited over time. Paragraphs outside the edit are
 * not re-analysed; when the edit leaves speakers, cues and framing as they were, even the
 * document-wide pass is reused. Results are identical to `analyze(text, options)`.
 */
export function createIncrementalAnalyzer(): IncrementalAnalyzer {
  let prev: Assembly | null = null;
  // Paragraph work done ahead of a full pass (by analyzeInSlices), used by the next pass.
  let warm = new Map<string, ParagraphWork>();
  const run = (text: string, options: AnalyzeOptions): Analysis => {
    // Masked ranges (code in markdown) become spaces, so a changed mask is just another edit.
    const masked = mask(text, options.exclude ?? []);
    prev = prev ? reanalyze(prev, masked, options, warm) : assembleFresh(masked, options, warm);
    warm = new Map();
    return finish(prev, prev.unchangedHead !== undefined && prev.flat ? { flat: prev.flat, upTo: prev.unchangedHead } : undefined);
  };
  return {
    analyze: (text, options = {}) => run(text, options),
    async analyzeInSlices(text, options, slices) {
      const masked = mask(text, options.exclude ?? []);
      const known = new Map<string, ParagraphWork>();
      if (prev) fileWorks(prev.text, prev.placed, 0, prev.placed.length, known);
      const paras = paragraphs(masked).map((p, i, all) => {
        const text = masked.slice(p.start, p.end);
        const flag = i + 1 < all.length && opensWithQuote(masked, all[i + 1].start);
        return { start: p.start, end: p.end, text, flag, key: workKey(text, flag) };
      });
      const priority = slices.priority ?? [];
      const first = paras.filter((p) => overlapsAny(p, priority));
      const rest = paras.filter((p) => !overlapsAny(p, priority));
      const budget = slices.budgetMs ?? 12;
      let since = Date.now();
      const work = async (list: typeof paras): Promise<boolean> => {
        for (const p of list) {
          if (!warm.has(p.key)) warm.set(p.key, known.get(p.key) ?? analyzeParagraph(p.text, p.flag));
          if (Date.now() - since >= budget) {
            await slices.yieldTo();
            since = Date.now();
            if (slices.isCancelled?.()) return false;
          }
        }
        return true;
      };
      if (!(await work(first))) return null;
      if (slices.onPartial && first.length && rest.length) {
        const placed = first.map((p): Placed => ({ start: p.start, text: p.text, work: warm.get(p.key)! }));
        slices.onPartial(finish(assembleAll(masked, placed, options)));
      }
      if (!(await work(rest))) return null;
      await slices.yieldTo();
      if (slices.isCancelled?.()) return null;
      return run(text, options);
    },
  };
}

const overlapsAny = (p: Span, ranges: readonly Span[]): boolean => ranges.some((r) => p.start < r.end && p.end > r.start);

/** A full assembly of a (masked) text; identical paragraphs in it are analysed once. */
function assembleFresh(masked: string, options: AnalyzeOptions, warm: Map<string, ParagraphWork> = new Map()): Assembly {
  return assembleAll(masked, placeRange(masked, 0, masked.length, null, warm), options);
}

import { LINE_END_WINDOW, opensWithQuote, paragraphs, wrapsLines } from './1-segment/paragraphs';
import { stripPossessive } from './1-segment/tokens';
import { candidatesOf, type Attribution } from './3-speakers/document';
import { issuerOf } from './3-speakers/mentions';
import { foldName } from './3-speakers/names';
import { assembleAll, assembleFresh, buildQuote, finish, mask, optionsKey, placeRange, workKey, type Assembly } from './analysis';
import { analyzeParagraph, type ParagraphWork, type Placed } from './paragraph';
import { lowerBound } from './search';
import type { Analysis, AnalyzeOptions, QuoteFinding, Span, StanceCue } from './types';

/** Files the work of `placed[from..to)` (paragraphs of `docText`) under its cache key in `into`. */
function fileWorks(docText: string, placed: Placed[], from: number, to: number, into: Map<string, ParagraphWork>): void {
  for (let i = from; i < to; i++) {
    const next = placed[i + 1];
    into.set(workKey(placed[i].text, !!next && opensWithQuote(docText, next.start)), placed[i].work);
  }
}

/** A quote moved by `delta` characters (the paragraph it is in moved; nothing else changed). */
function shifted(q: QuoteFinding, delta: number): QuoteFinding {
  const m = q.mention;
  const cues = new Array(q.cues.length);
  for (let i = 0; i < cues.length; i++) {
    const x = q.cues[i];
    if (x.start === undefined) {
      cues[i] = x;
      continue;
    }
    const c: StanceCue = x.feature === undefined ? { text: x.text, stance: x.stance, start: x.start + delta, end: x.end! + delta } : { text: x.text, stance: x.stance, start: x.start + delta, end: x.end! + delta, feature: x.feature };
    if (x.negator) c.negator = x.negator;
    cues[i] = c;
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
    stanceScores: q.stanceScores,
    cues,
  };
  if (q.continued) out.continued = true;
  if (q.alternatives) out.alternatives = q.alternatives;
  if (q.stanceFromRoster) out.stanceFromRoster = true;
  if (q.inferred) out.inferred = true;
  return out;
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
    s.facts.map((f) => `${f.organisation ? '@' : ''}${f.parts.join(' ')}=${f.role ?? ''}`).join(';'),
    s.acronyms.map((a) => `${a.acronym}=${words(a.name)}`).join(';'),
    s.candidates.map((c) => [c.kind, c.carried ? 1 : 0, c.introduces ? 1 : 0, c.refersBack ? 1 : 0, c.continued ? 1 : 0, c.ifIntroduced ? 1 : 0,
      c.cue ? `${c.cue.lemma}/${c.cue.side}/${c.cue.verb.text}/${words(c.cue.source)}/${c.cue.appositions.map(words).join('+')}` : ''].join(',')).join(';'),
    words(s.subject),
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
  return work.sentences.map((s) => s.tokens.filter((t) => t.kind === 'word' && t.cap && surnames.has(foldName(stripPossessive(t.text)))).map((t) => t.text).join(' ')).join('\n');
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

/** The paragraphs an edit leaves alone at the top (`head`) and from `tail` on, and the text range between. */
interface EditBounds {
  head: number;
  tail: number;
  /** The changed range of the new text, from the end of the head paragraphs to the line of the tail. */
  from: number;
  to: number;
  /** How far the tail paragraphs moved. */
  delta: number;
}

/** Where `text` differs from `prev.text`, in paragraphs of the previous assembly. */
function editBounds(prev: Assembly, text: string): EditBounds {
  const old = prev.placed;
  const prefix = commonPrefix(prev.text, text);
  const suffix = commonSuffix(prev.text, text, prefix);
  const delta = text.length - prev.text.length;
  // Paragraphs before the edit: those whose following paragraph still starts inside the common prefix.
  // (Where lines may run on, one more: whether the line before runs on depends on how the next one opens, "- " or not.)
  const head = Math.max(0, lowerBound(old, prefix, (p) => p.start) - (prev.wraps ? 2 : 1));
  // Paragraphs after the edit: those that start (line break included) inside the common suffix.
  // The line break before the paragraph (and any indent after it) must be unchanged too.
  const unchangedFrom = prev.text.length - suffix;
  const lineStart = (at: number): number => {
    while (at > 0 && !/[\r\n\u2028\u2029]/.test(prev.text[at - 1])) at--;
    return at;
  };
  // (Where lines may run on into the next, so must the end of the line before, as far as it is read:
  // "…the\nSenate" is one paragraph, "…the talks.\nSenate" two, "…“constructive.”" and "…“construct”" too.)
  const settled = (at: number): number => {
    let k = lineStart(at) - 1;
    if (!prev.wraps) return k;
    while (k > 0 && /\s/.test(prev.text[k - 1])) k--;
    return k - LINE_END_WINDOW;
  };
  // Paragraph starts (and so their line starts) grow down the document: search, don't scan.
  let lo = head;
  let hi = old.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (settled(old[mid].start) >= unchangedFrom) hi = mid;
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
  return { head, tail, from, to, delta };
}

/** Re-analyses `text` after `prev`, redoing only the paragraphs the edit touched. */
function reanalyze(prev: Assembly, text: string, options: AnalyzeOptions, warm: Map<string, ParagraphWork>): Assembly {
  // (A text that starts or stops reading as a hard-wrapped draft reads its line breaks anew.)
  if (wrapsLines(text) !== prev.wraps) return assembleFresh(text, options, warm);
  const old = prev.placed;
  const { head, tail, from, to, delta } = editBounds(prev, text);
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
  return reuseDocumentPass(prev, text, placed, oldMiddle, { head, tail, from, to, delta });
}

/** The previous document-wide pass with the edited paragraphs' quotes rebuilt and the later ones shifted. */
function reuseDocumentPass(prev: Assembly, text: string, placed: Placed[], oldMiddle: Placed[], { head, tail, delta }: EditBounds): Assembly {
  const attributions = prev.attributions.slice();
  const unattributed = prev.unattributed.slice();
  const quotes = prev.quotes.slice(0, head);
  oldMiddle.forEach((was, k) => {
    const pi = head + k;
    const p = placed[pi];
    const fresh = candidatesOf(p.work);
    attributions[pi] = prev.attributions[pi].map((a) => {
      const { c, si } = fresh[a.index];
      // (The mention spans the speaker phrase as the resolver reads it: "The United Nations'" is "The United Nations".)
      const src = c.cue?.source?.length ? issuerOf(c.cue.source) : undefined;
      const mention = a.mention && src?.length ? { start: src[0].start, end: src[src.length - 1].end, text: p.text.slice(src[0].start, src[src.length - 1].end), type: a.mention.type } : a.mention;
      const moved: Attribution = { index: a.index, candidate: c, sentence: si, docSentence: a.docSentence, entity: a.entity, mention };
      if (a.alternatives) moved.alternatives = a.alternatives;
      if (a.inferred) moved.inferred = true;
      return moved;
    });
    // Unattributed quotes are carried candidates without a speaker: same structure, new offsets.
    const lost = new Set(prev.unattributed[pi].map((u) => u.start));
    unattributed[pi] = candidatesOf(was.work).flatMap(({ c }, i) => (lost.has(c.start) ? [{ start: fresh[i].c.start, end: fresh[i].c.end }] : []));
    quotes.push(attributions[pi].map((a) => buildQuote(a, p, pi, prev.ctx)));
  });
  for (let pi = tail; pi < prev.quotes.length; pi++) quotes.push(delta ? prev.quotes[pi].map((q) => shifted(q, delta)) : prev.quotes[pi]);
  return { ...prev, text, placed, attributions, unattributed, quotes, flat: prev.flat, unchangedHead: head };
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

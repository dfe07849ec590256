import { DOUBLE_CLOSE, DOUBLE_OPEN, QUOTE_MARK, SINGLE_CLOSE, SINGLE_OPEN, STRAIGHT_DOUBLE, STRAIGHT_SINGLE } from './marks';
import { opensWithQuote, paragraphs } from './paragraphs';
import type { Span } from '../types';

/** A pair of quotation marks (or an opening mark left open to the end of its paragraph). */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark. `start` is the first character after it. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first. */
  close: number;
  /** The paragraph ends inside the quote and the next paragraph opens a quote again. */
  continued: boolean;
  /** Double marks (“ ” " „ « ») or single marks (‘ ’ '). */
  family: 'double' | 'single';
}

const isLetterOrDigit = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\-–—/:;,]/.test(c);

/**
 * Is the single mark at `i` the apostrophe of a plural possessive inside a single-quoted quotation
 * ("'It's the members' decision, not mine,' he said")? After an "s", before a space and a lower-case
 * word, when the next single mark in the paragraph closes rather than opens.
 */
function pluralPossessive(text: string, i: number, end: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  for (let k = i + 2; k < end; k++) {
    const c = text[k];
    if (c !== STRAIGHT_SINGLE && !SINGLE_OPEN.has(c) && !SINGLE_CLOSE.has(c)) continue;
    const before = text[k - 1];
    const after = k + 1 < end ? text[k + 1] : undefined;
    if (isLetterOrDigit(before) && isLetterOrDigit(after)) continue; // they'll
    return !isSpace(before) && !isLetterOrDigit(after);
  }
  return false;
}

/**
 * Finds the quotation spans of one paragraph. Double marks nest single ones (and vice versa): only
 * the outermost pair is returned. Apostrophes inside or at the end of words are never quote marks.
 */
function scanParagraph(text: string, para: Span): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; family: 'double' | 'single'; mark: string } | null = null;
  const push = (close: number): void => {
    if (!open) return;
    out.push({ open: open.at, start: open.at + 1, end: close < 0 ? para.end : close, close, continued: false, family: open.family });
    open = null;
  };
  // Jump from mark to mark: only quotation characters matter here.
  QUOTE_MARK.lastIndex = para.start;
  let found: RegExpExecArray | null;
  while ((found = QUOTE_MARK.exec(text)) && found.index < para.end) {
    const i = found.index;
    const c = text[i];
    const prev = i > para.start ? text[i - 1] : undefined;
    const next = i + 1 < para.end ? text[i + 1] : undefined;
    // A double mark after a space and before a word opens a quotation: one still open was never
    // closed ("… that it happened. "Both leaders …," he said); it ends there.
    const reopens = open?.family === 'double' && isSpace(prev) && isLetterOrDigit(next) && (c === STRAIGHT_DOUBLE || (DOUBLE_OPEN.has(c) && !(open.mark === '„' && c === '“')));
    if (reopens) {
      push(i);
      open = { at: i, family: 'double', mark: c };
    } else if (c === STRAIGHT_DOUBLE) {
      if (open?.family === 'double') push(i);
      else if (!open && !isSpace(next)) open = { at: i, family: 'double', mark: c };
    } else if (DOUBLE_OPEN.has(c)) {
      if (open?.family === 'double' && open.mark === '„' && c === '“') push(i);
      else if (!open) open = { at: i, family: 'double', mark: c };
    } else if (DOUBLE_CLOSE.has(c)) {
      if (open?.family === 'double') push(i);
      // A closing mark with nothing open that stands where an opening one would: a typo for one.
      else if (!open && isOpeningContext(prev) && isLetterOrDigit(next)) open = { at: i, family: 'double', mark: c };
    } else if (c === STRAIGHT_SINGLE || SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c)) {
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // don't, Petrenko's
      if (open?.family === 'single') {
        if ((c === STRAIGHT_SINGLE || SINGLE_CLOSE.has(c)) && !isSpace(prev) && !isLetterOrDigit(next) && !pluralPossessive(text, i, para.end)) push(i);
      } else if (!open && (c === STRAIGHT_SINGLE || SINGLE_OPEN.has(c)) && isOpeningContext(prev) && isLetterOrDigit(next)) {
        open = { at: i, family: 'single', mark: c };
      }
    }
  }
  if (open) push(-1);
  return out;
}

/**
 * The quotation spans of one paragraph. A quote left open at the paragraph's end ends there; it is
 * `continued` when the next paragraph opens with a quotation mark (news style for a quote that runs
 * over several paragraphs). Content offsets exclude the marks and surrounding spaces.
 */
export function quoteSpans(text: string, para: Span, nextOpensQuote: boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const q of scanParagraph(text, para)) {
    if (q.close < 0) q.continued = nextOpensQuote;
    let { start, end } = q;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ ...q, start, end });
  }
  return out;
}

/** Every quotation span in `text`, in order (see `quoteSpans`). */
export function findQuoteSpans(text: string, paras: Span[] = paragraphs(text)): QuoteSpan[] {
  return paras.flatMap((para, pi) => quoteSpans(text, para, pi + 1 < paras.length && opensWithQuote(text, paras[pi + 1].start)));
}

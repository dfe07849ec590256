import type { Span } from './types';

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

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚']);
const SINGLE_CLOSE = new Set(['’']);

const isLetterOrDigit = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\-–—/:;,]/.test(c);

/**
 * Paragraphs as offset ranges: each run of text between line breaks, trimmed, empty ones dropped.
 * With `from`/`to`, only the lines that start in that range (which should begin at a line start).
 */
export function paragraphs(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n\u2028\u2029]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
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
  const marks = /["'“”„«»‟‘’‚]/g;
  marks.lastIndex = para.start;
  let found: RegExpExecArray | null;
  while ((found = marks.exec(text)) && found.index < para.end) {
    const i = found.index;
    const c = text[i];
    const prev = i > para.start ? text[i - 1] : undefined;
    const next = i + 1 < para.end ? text[i + 1] : undefined;
    if (c === '"') {
      if (open?.family === 'double') push(i);
      else if (!open && !isSpace(next)) open = { at: i, family: 'double', mark: c };
    } else if (DOUBLE_OPEN.has(c)) {
      if (open?.family === 'double' && open.mark === '„' && c === '“') push(i);
      else if (!open) open = { at: i, family: 'double', mark: c };
    } else if (DOUBLE_CLOSE.has(c)) {
      if (open?.family === 'double') push(i);
      // A closing mark with nothing open that stands where an opening one would: a typo for one.
      else if (!open && isOpeningContext(prev) && isLetterOrDigit(next)) open = { at: i, family: 'double', mark: c };
    } else if (c === "'" || SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c)) {
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // don't, Zelenskyy's
      if (open?.family === 'single') {
        if ((c === "'" || SINGLE_CLOSE.has(c)) && !isSpace(prev) && !isLetterOrDigit(next)) push(i);
      } else if (!open && (c === "'" || SINGLE_OPEN.has(c)) && isOpeningContext(prev) && isLetterOrDigit(next)) {
        open = { at: i, family: 'single', mark: c };
      }
    }
  }
  if (open) push(-1);
  return out;
}

const startsWithOpeningMark = (text: string, para: Span): boolean => {
  const c = text[para.start];
  return c === '"' || c === "'" || DOUBLE_OPEN.has(c) || SINGLE_OPEN.has(c);
};

/**
 * Every quotation span in `text`, in order. A quote left open at the end of a paragraph ends there;
 * it is `continued` when the next paragraph opens with a quotation mark (news style for a quote
 * that runs over several paragraphs). Content offsets exclude the marks and surrounding spaces.
 */
export function findQuoteSpans(text: string, paras: Span[] = paragraphs(text)): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  paras.forEach((para, pi) => {
    for (const q of scanParagraph(text, para)) {
      if (q.close < 0) {
        const next = paras[pi + 1];
        q.continued = !!next && startsWithOpeningMark(text, next);
      }
      let { start, end } = q;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) out.push({ ...q, start, end });
    }
  });
  return out;
}

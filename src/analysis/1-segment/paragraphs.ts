import { isOpeningMark } from './marks';
import type { Span } from '../types';

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

/** Does the paragraph starting at `at` open with a quotation mark (so an unclosed quote before it runs on)? */
export const opensWithQuote = (text: string, at: number): boolean => isOpeningMark(text[at]);

import { isOpeningMark } from './marks';
import type { Span } from '../types';

/** Shortest line that counts as one an editor wrapped: shorter ones that stop mid-sentence are headings, bylines, captions. */
const MIN_WRAPPED_LINE = 30;
/** Share of a text's lines followed by another line of their block that must stop mid-sentence for the text to read as hard-wrapped. */
const MIN_WRAPPED_SHARE = 0.3;
/** Fewest such lines for that. */
const MIN_WRAPPED_LINES = 2;

/** The last text asked about and the answer: the incremental analyzer asks once per edit. */
let lastText: string | null = null;
let lastWraps = false;

/**
 * Is the text a hard-wrapped draft: paragraphs set apart by blank lines, and many long lines inside
 * a block that stop mid-sentence? Then a line break inside a block is the writer's editor wrapping a
 * paragraph. (News copy with a line per paragraph, even with a blank line after its headline, is not.)
 * Linear in the text's length.
 */
export function wrapsLines(text: string): boolean {
  if (text === lastText) return lastWraps;
  lastText = text;
  let blank = false;
  let inBlock = 0;
  let midSentence = 0;
  let prev: string | null = null;
  for (const m of text.matchAll(/[^\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029]|$)/g)) {
    if (!m[0]) break;
    const line = m[0].trim();
    if (!line) {
      blank ||= prev !== null;
      prev = null;
      continue;
    }
    if (prev !== null) {
      inBlock++;
      if (prev.length >= MIN_WRAPPED_LINE && !endsParagraph(prev) && !opensParagraph(line)) midSentence++;
    }
    prev = line;
  }
  lastWraps = blank && midSentence >= MIN_WRAPPED_LINES && midSentence >= MIN_WRAPPED_SHARE * inBlock;
  return lastWraps;
}

/** How many characters at a line's end tell whether it ends a paragraph (its last mark and the closing ones after it). */
export const LINE_END_WINDOW = 8;
/** How a line ends a paragraph: a sentence's end (".", "!", "?", "…", a colon), then any closing marks or brackets. */
const ENDS_PARAGRAPH = /[.!?…:;]["”’'»)\]*_]*$/u;
/** How a line opens a paragraph of its own: a list item, a markdown heading or quotation block, a table row. */
const OPENS_PARAGRAPH = /^(?:[-*+•]\s|\d{1,3}[.)]\s|#|>|\|)/u;
/** Does a (trimmed) line end a paragraph, its sentence ended? */
const endsParagraph = (line: string): boolean => ENDS_PARAGRAPH.test(line.slice(-LINE_END_WINDOW));
/** Does a (trimmed) line open a paragraph of its own? */
const opensParagraph = (line: string): boolean => OPENS_PARAGRAPH.test(line);

/**
 * Paragraphs as offset ranges, trimmed, empty ones dropped. Each line is a paragraph, except in a
 * hard-wrapped draft (see `wrapsLines`): there a line that stops mid-sentence (no sentence end,
 * colon or semicolon at its end) runs on into the next line of its block (unless that line opens a
 * list item, a heading or a quotation block).
 * With `from`/`to`, only the lines that start in that range (which should begin at a paragraph's
 * line start); a paragraph never runs past `to`.
 */
export function paragraphs(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const wraps = wrapsLines(text);
  const re = /[^\r\n\u2028\u2029]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  // The paragraph being read, and the end of the line before this one when it runs on.
  let open: Span | null = null;
  let lineEnd = -1;
  while ((m = re.exec(text)) && m.index < to) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end === start) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    // (The next line of the block, with only its line break between: the regex skips no blank line.)
    const line = text.slice(start, end);
    const runsOn = !!open && wraps && onlyLineBreakBetween(text, lineEnd, m.index) && !opensParagraph(line);
    if (runsOn) open!.end = end;
    else {
      if (open) out.push(open);
      open = { start, end };
    }
    lineEnd = m.index + m[0].length;
    // (A line that ends a sentence ends its paragraph.)
    if (endsParagraph(line)) {
      out.push(open!);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

/** Is there exactly one line break (a "\r\n" pair counts as one) between `a` and `b`? */
function onlyLineBreakBetween(text: string, a: number, b: number): boolean {
  return b - a === 1 || (b - a === 2 && text[a] === '\r' && text[a + 1] === '\n');
}

/** Does the paragraph starting at `at` open with a quotation mark (so an unclosed quote before it runs on)? */
export const opensWithQuote = (text: string, at: number): boolean => isOpeningMark(text[at]);

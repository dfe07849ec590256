import lexicon from './segment.lexicon.json';

// Every quotation-mark set of the engine, derived from the segment lexicon in one place.
const { doubleOpen, doubleClose, singleOpen, singleClose, straightDouble, straightSingle } = lexicon.quoteMarks;
const escape = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');

/** Curly opening marks of the double family (“ „ « ‟). */
export const DOUBLE_OPEN: ReadonlySet<string> = new Set(doubleOpen);
/** Curly closing marks of the double family (” »). */
export const DOUBLE_CLOSE: ReadonlySet<string> = new Set(doubleClose);
/** Curly opening marks of the single family (‘ ‚). */
export const SINGLE_OPEN: ReadonlySet<string> = new Set(singleOpen);
/** Curly closing marks of the single family (’). */
export const SINGLE_CLOSE: ReadonlySet<string> = new Set(singleClose);
/** The straight marks, which open or close by context. */
export const STRAIGHT_DOUBLE = straightDouble;
export const STRAIGHT_SINGLE = straightSingle;

const ALL_MARKS = [straightDouble, straightSingle, ...doubleOpen, ...doubleClose, ...singleOpen, ...singleClose];
/** Any quotation mark, for jumping from mark to mark (global: reset `lastIndex` before use). */
export const QUOTE_MARK = new RegExp(`[${ALL_MARKS.map(escape).join('')}]`, 'g');
/** Leading marks and spaces of a quotation token's text. */
export const LEADING_MARKS = new RegExp(`^[${ALL_MARKS.map(escape).join('')}\\s]+`);

/** Can `c` open a quotation (a straight mark or a curly opening one)? */
export const isOpeningMark = (c: string | undefined): boolean =>
  c === straightDouble || c === straightSingle || (!!c && (DOUBLE_OPEN.has(c) || SINGLE_OPEN.has(c)));

/** The mark that closes a quotation opened with `mark`. */
export const closingMarkFor = (mark: string): string => (lexicon.closingMark as Record<string, string>)[mark] ?? '”';

/** Characters that may follow a sentence's full stop before the space (closing marks, brackets). */
export const SENTENCE_CLOSERS: ReadonlySet<string> = new Set(lexicon.sentenceClosers);

/** Does no full stop, question or exclamation mark end the text, closing marks aside (a headline: "Police fury at pay offer 'insult'")? */
export const endsUnmarked = (text: string): boolean => !/[.!?…]["'”’»]*\s*$/.test(text);

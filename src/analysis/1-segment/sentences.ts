import { DOUBLE_CLOSE, DOUBLE_OPEN, isOpeningMark, SENTENCE_CLOSERS, STRAIGHT_DOUBLE } from './marks';
import type { QuoteSpan } from './quoteSpans';
import { HONORIFIC_ABBREVIATIONS } from './tokens';
import type { Span } from '../types';
import lexicon from './segment.lexicon.json';

/** A sentence with the quotation spans that lie inside it. */
export interface Sentence extends Span {
  paragraph: number;
  quotes: QuoteSpan[];
}

const ABBREVIATIONS = new Set(lexicon.abbreviations.map((a) => a.toLowerCase()));
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(lexicon.monthAbbreviations);
/** Marks that open a list item in plain text ("• ", "- "). */
const BULLETS: ReadonlySet<string> = new Set(lexicon.bullets);
/** How far back (in characters) a word before a period is read when deciding on an abbreviation. */
const ABBREVIATION_REACH = 12;
const isDoubleMark = (c: string | undefined): boolean => c === STRAIGHT_DOUBLE || (!!c && (DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)));
/** Can a sentence start with this character (a capital, a digit or an opening quotation mark)? */
const startsSentence = (c: string | undefined): boolean => !!c && (/[\p{Lu}\p{N}]/u.test(c) || isOpeningMark(c));

/** Is the period at `i` the end of an abbreviation or an initial rather than of a sentence? */
function isAbbreviation(text: string, i: number, floor: number): boolean {
  let j = i;
  while (j > floor && i - j < ABBREVIATION_REACH && /[\p{L}.]/u.test(text[j - 1])) j--;
  const word = text.slice(j, i).toLowerCase();
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "U.K"
  // "Jun. 5", but "said Wang Jun. Talks …": a month's abbreviation only before a day's number.
  if (MONTH_ABBREVIATIONS.has(word)) return /^\s+\d/.test(text.slice(i + 1, i + 4));
  // "the minister, Barr. Ada Eze,": an honorific that is a surname too, only where it is set off
  // before a name (after a comma, a bracket or at the start, before a capitalised word).
  if (HONORIFIC_ABBREVIATIONS.has(word)) return /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)) && /(?:^|[,(]\s*)$/.test(text.slice(floor, j));
  return ABBREVIATIONS.has(word);
}

/** Sentences of one paragraph. Quotation spans are never cut: a quoted run of sentences stays whole. */
export function splitParagraph(text: string, para: Span, quotes: QuoteSpan[], paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  // "• One senator suggested …": a list bullet and its space are no part of the first sentence.
  if (BULLETS.has(text[start]) && /[ \t]/.test(text[start + 1] ?? '')) {
    start++;
    while (start < para.end && /[ \t]/.test(text[start])) start++;
  }
  let qi = 0;
  const inside = (i: number): boolean => {
    while (qi < quotes.length && quotes[qi].end <= i) qi++;
    return qi < quotes.length && quotes[qi].open < i && i < quotes[qi].end - 1;
  };
  // Does a quotation open at `j`?
  const opensAt = (j: number): boolean => {
    for (let q = qi; q < quotes.length && quotes[q].open <= j; q++) if (quotes[q].open === j) return true;
    return false;
  };
  const stops = /[.!?]/g;
  stops.lastIndex = para.start;
  let found: RegExpExecArray | null;
  while ((found = stops.exec(text)) && found.index < para.end) {
    const i = found.index;
    const c = text[i];
    if (inside(i)) continue;
    let j = i + 1;
    while (j < para.end && (SENTENCE_CLOSERS.has(text[j]) || text[j] === '.') && !opensAt(j)) j++;
    if (j >= para.end) break;
    // ("… their 14 demands.“We were invited …”": a quotation opening right after the stop, with no space, starts the next sentence.)
    if (opensAt(j) && /\p{Lu}/u.test(text[j + 1] ?? '') && !(c === '.' && isAbbreviation(text, i, para.start))) {
      out.push({ start, end: j, paragraph, quotes: [] });
      start = j;
      continue;
    }
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < para.end && /\s/.test(text[k])) k++;
    const nextChar = text[k];
    if (!startsSentence(nextChar)) continue;
    // An initial comes before a name, never before a quotation ("… he wrote on X. “The world …”").
    const initialBeforeQuote = isOpeningMark(nextChar) && /\P{L}\p{Lu}$/u.test(text.slice(Math.max(para.start, i - 2), i));
    if (c === '.' && isAbbreviation(text, i, para.start) && !isDoubleMark(text[i + 1]) && !initialBeforeQuote) continue;
    out.push({ start, end: j, paragraph, quotes: [] });
    start = k;
  }
  if (start < para.end) out.push({ start, end: para.end, paragraph, quotes: [] });
  // Quotes and sentences are both in order: hand each sentence its quotes in one pass.
  let k = 0;
  for (const s of out) {
    while (k < quotes.length && quotes[k].open < s.start) k++;
    const from = k;
    while (k < quotes.length && quotes[k].open < s.end) k++;
    s.quotes = quotes.slice(from, k);
  }
  return out;
}

import type { QuoteSpan } from './quoteSpans';
import type { Span } from '../types';
import lexicon from './segment.lexicon.json';
import { DOCUMENT_HEADS, HONORIFICS, TITLE_HEADS } from '../words/words';

/** A word, a punctuation mark, or a whole quotation (marks and content) treated as one unit. */
export interface Token extends Span {
  text: string;
  lower: string;
  kind: 'word' | 'punct' | 'quote';
  /** Starts with an upper-case letter (or is an all-caps acronym). */
  cap: boolean;
  /** The quotation this token stands for, when `kind` is 'quote'. */
  quote?: QuoteSpan;
}

// A typewriter's dash ("--") first, acronyms with dots (U.S., U.K.), numbers with thousands separators (4,200), then words
// with inner apostrophes, hyphens and ampersands.
const WORD = /-{2,3}(?!-)|(?:\p{L}\.){2,}|\p{N}{1,3}(?:,\p{N}{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[’'\-&.][\p{L}\p{N}]+)*(?:[’']s\b|(?<=s)[’'](?![\p{L}\p{N}]))?|\S/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Marks that emphasise words in markdown ("**Ana Lee**", "_never_"), skipped as tokens. */
const EMPHASIS_MARKS: ReadonlySet<string> = new Set(['*', '_']);
/**
 * The "(" that the ")" at token `close` closes, scanning back over at most `inside` tokens
 * between them ("Sen. Ana Lopes (D-Ore.)"), or -1.
 */
export function openingBracket(tokens: readonly Token[], close: number, inside = tokens.length): number {
  for (let k = close - 1; k >= 0 && close - k - 1 <= inside; k--) if (tokens[k].text === '(') return k;
  return -1;
}

/** Is the UTF-16 code unit `c` white space as `\s` reads it? */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many runs of non-space characters `text[start, end)` has (its words, as `split(/\s+/)` counts them), without copying it. */
export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Is a word written in capitals ("ABABA", "NATO", "U.S.")? */
export const isAllCaps = (w: string): boolean => /^\p{Lu}[\p{Lu}.’'-]+$/u.test(w);

/** Lower-case particles inside names, between capitalised words ("de", "von der"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(lexicon.nameParticles);
/** How many words of a name are not particles ("Mohammed bin Abdulrahman Al Thani" has three): what a name's length is judged by. */
export const nameLength = (name: readonly Token[]): number => name.reduce((n, t) => (NAME_PARTICLES.has(t.lower) ? n : n + 1), 0);
/** A capitalised word joined by a hyphen to a lower-case participle ("Edinburgh-based", "Paris-listed", "Kremlin-backed"). */
const PLACE_PARTICIPLE = /^\p{Lu}[\p{L}.]*-\p{Ll}+ed$/u;
/** A lower-case name particle joined by a hyphen to a capitalised name ("al-Hadi", "bin-Rashid"). */
const NAME_PARTICLE = /^(?:al|el|ad|as|at|ash|ar|bin|ibn|abu|abd)-\p{Lu}/u;

/**
 * Tokens of `text[range]`, with every quotation span inside it collapsed into one 'quote' token.
 * Linear in the range's length.
 */
export function tokenize(text: string, range: Span, quotes: QuoteSpan[]): Token[] {
  const out: Token[] = [];
  let pos = range.start;
  const words = (from: number, to: number): void => {
    if (to <= from) return;
    const slice = text.slice(from, to);
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(slice))) {
      const t = m[0];
      // One-character tokens may be punctuation; longer ones are words, but for a typewriter's dash.
      const isWord = t[0] === '-' ? false : t.length > 1 || LETTER_OR_DIGIT.test(t);
      // ("**Ana Lee**, the union chief, told": markdown's emphasis marks are no part of the sentence.)
      if (!isWord && EMPHASIS_MARKS.has(t)) continue;
      const lower = t.toLowerCase();
      out.push({
        text: t,
        lower,
        start: from + m.index,
        end: from + m.index + t.length,
        kind: isWord ? 'word' : 'punct',
        // "al-Nouri", "bin-Tariq": a lower-case particle joined to a capitalised name is a name word.
        // "Edinburgh-based", "London-listed": a place joined to a participle describes; it names nobody.
        cap: isWord && (t[0] !== lower[0] || NAME_PARTICLE.test(t)) && !PLACE_PARTICIPLE.test(t),
      });
    }
  };
  for (const q of quotes) {
    if (q.open < range.start || q.open >= range.end) continue;
    words(pos, q.open);
    const end = Math.min(range.end, q.close >= 0 ? q.close + 1 : q.end);
    out.push({ text: text.slice(q.open, end), lower: '', start: q.open, end, kind: 'quote', cap: false, quote: q });
    pos = end;
  }
  words(pos, range.end);
  // ("Dr. (Mrs.) Abena Mensah": an honorific in brackets after another is no part of the sentence.)
  for (let i = 1; i + 2 < out.length; i++) {
    const before = out[i - 1].text === '.' ? out[i - 2] : out[i - 1];
    if (out[i].text !== '(' || !before || !HONORIFICS.has(before.lower) || !HONORIFICS.has(out[i + 1].lower)) continue;
    const close = out[i + 2].text === '.' ? i + 3 : i + 2;
    if (out[close]?.text === ')' && out[close + 1]?.cap) out.splice(i, close - i + 1);
  }
  // ("a statement issued by the ministry", "a letter signed by 40 lawmakers": a participle of putting a document out
  // before "by" says no more than "by" does; it is left out, so the document and its issuer read as "a statement by …".)
  for (let i = 1; i + 1 < out.length; i++) {
    if (ISSUING_PARTICIPLES.has(out[i].lower) && out[i + 1].lower === 'by' && DOCUMENT_HEADS.has(out[i - 1].lower)) out.splice(i, 1);
  }
  // ("HE Dr Mohammed bin Abdulaziz", "H.E. Ali Hassan": "His Excellency" before a name is an honorific, never "he".)
  for (let i = 0; i < out.length - 1; i++) if ((out[i].text === 'HE' || out[i].text === 'H.E.') && out[i + 1].kind === 'word' && out[i + 1].cap && !isAllCaps(out[i + 1].text)) out[i].lower = 'h.e.';
  // ("the minister, Barr. Ada Eze,": an honorific that is a surname too, with its period and set off before a
  // name, is an honorific; `lower` takes the period, so that only this use reads as one, never "Roseanne Barr".)
  for (let i = 0; i + 2 < out.length; i++) {
    if (HONORIFIC_ABBREVIATIONS.has(out[i].lower) && out[i + 1].text === '.' && out[i + 2].cap && (i === 0 || out[i - 1].text === ',' || out[i - 1].text === '(')) out[i].lower += '.';
  }
  // "Ana Ruiz de Soto", "Karl von der Heide": a particle between capitalised words is part of the name.
  for (let i = 1; i < out.length - 1; i++) {
    if (!out[i].cap && NAME_PARTICLES.has(out[i].lower) && out[i - 1].cap && (out[i + 1].cap || (NAME_PARTICLES.has(out[i + 1].lower) && out[i + 2]?.cap))) out[i].cap = true;
    // "ministry spokesperson He Lin said", "Vice Premier He Lifeng": a capitalised "He" after a
    // lower-case word or a title, and before a given name, is a surname; `lower` keeps its capital so
    // that no word list reads it as "he".
    if (out[i].text === 'He' && out[i - 1].kind === 'word' && (!out[i - 1].cap || TITLE_HEADS.has(out[i - 1].lower)) && isGivenNameAfterHe(out[i + 1])) out[i].lower = 'He';
  }
  return out;
}

/** Honorifics that are words or surnames too ("Barr." for a barrister), read as honorifics only with their period, before a name. */
export const HONORIFIC_ABBREVIATIONS: ReadonlySet<string> = new Set(lexicon.honorificAbbreviations);

/** Participles of putting a document out ("a statement issued by …"). */
const ISSUING_PARTICIPLES: ReadonlySet<string> = new Set(['issued', 'released', 'published', 'signed', 'sent', 'posted', 'circulated', 'distributed']);

/** Words that may follow a sentence-internal capitalised "He" in a title-case headline ("Says He Will Stay"). */
const HEADLINE_AFTER_HE: ReadonlySet<string> = new Set(lexicon.headlineAfterHe);

/** Could this capitalised word after "He" be a given name ("Lin", "Yadong"), not a headline's verb ("Will", "Says", "Wanted")? */
const isGivenNameAfterHe = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && t.cap && !HEADLINE_AFTER_HE.has(t.lower) && !/(?:s|ed)$/.test(t.lower) && !isAllCaps(t.text);

/** Is `t` a dash, long, en, a hyphen standing alone or a typewriter's two or three ("—", "–", "-", "--"), which sets words off? */
export const isDash = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && (t.text === '—' || t.text === '–' || t.text === '-' || t.text === '--' || t.text === '---');

/** Does the token end in a possessive ’s / 's? */
export const isPossessive = (t: Token): boolean => {
  if (t.kind !== 'word' || t.text.length <= 2) return false;
  const last = t.text.charCodeAt(t.text.length - 1);
  const prev = t.text.charCodeAt(t.text.length - 2);
  // ’s / 's, or s’ / s'
  return (last === 115 && (prev === 0x2019 || prev === 39)) || ((last === 0x2019 || last === 39) && prev === 115);
};

/** The token without a possessive ending. */
export const stripPossessive = (s: string): string => {
  const last = s.charCodeAt(s.length - 1);
  if (last === 115 && s.length > 2 && (s.charCodeAt(s.length - 2) === 0x2019 || s.charCodeAt(s.length - 2) === 39)) return s.slice(0, -2);
  if ((last === 0x2019 || last === 39) && s.charCodeAt(s.length - 2) === 115) return s.slice(0, -1);
  return s;
};

/** The token without its possessive ending, text, lower-case and end alike ("the farm union’s" speaks as "the farm union"). */
export const withoutPossessive = (t: Token): Token => {
  const text = stripPossessive(t.text);
  return { ...t, text, lower: stripPossessive(t.lower), end: t.start + text.length };
};

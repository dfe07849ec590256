import { sentenceCandidates, sentenceSubject, type Candidate } from './attribution';
import { findQuoteSpans, type QuoteSpan } from './quotes';
import { splitParagraph, type Sentence } from './segment';
import { personFacts, type PersonFact } from './speakers';
import { framingIn } from './stance';
import { tokenize, type Token } from './tokens';

/** Everything the engine learns from one sentence on its own. */
export interface SentenceWork {
  sentence: Sentence;
  tokens: Token[];
  candidates: Candidate[];
  /** People named in the sentence, with roles. */
  facts: PersonFact[];
  /** The subject phrase, for sentences without candidates ("Brandt struck a guarded tone."). */
  subject: Token[];
  /** The writer's framing phrases outside quotations ("reacted cautiously"). */
  framings: ReturnType<typeof framingIn>;
}

/**
 * The per-paragraph work of the engine, with offsets relative to the paragraph's first character.
 * It depends only on the paragraph's text and on whether the next paragraph opens with a quotation
 * mark, so it can be cached by those two and reused wherever the paragraph moves.
 */
export interface ParagraphWork {
  sentences: SentenceWork[];
  quotes: QuoteSpan[];
}

/** Analyses one paragraph (`text` is exactly the paragraph, trimmed) in isolation. */
export function analyzeParagraph(text: string, nextOpensQuote: boolean): ParagraphWork {
  const span = { start: 0, end: text.length };
  const quotes = findQuoteSpans(text, [span]);
  for (const q of quotes) if (q.close < 0) q.continued = nextOpensQuote;
  const sentences = splitParagraph(text, span, quotes, 0).map((sentence): SentenceWork => {
    const tokens = tokenize(text, sentence, sentence.quotes);
    const candidates = sentenceCandidates(text, sentence, tokens);
    const outside = tokens.filter((t) => t.kind !== 'quote').map((t) => t.text).join(' ');
    return {
      sentence,
      tokens,
      candidates,
      facts: personFacts(tokens),
      subject: candidates.length ? [] : sentenceSubject(tokens),
      framings: framingIn(outside),
    };
  });
  return { sentences, quotes };
}

/** Does a paragraph open with a quotation mark (so an unclosed quote before it runs on)? */
export const opensWithQuote = (text: string, at: number): boolean => /["'“„«‘‚‟]/.test(text[at] ?? '');

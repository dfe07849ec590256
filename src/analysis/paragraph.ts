import { quoteSpans, type QuoteSpan } from './1-segment/quoteSpans';
import { splitParagraph, type Sentence } from './1-segment/sentences';
import { tokenize, type Token } from './1-segment/tokens';
import { sentenceCandidates, type Candidate } from './2-candidates/candidates';
import { isComma, openingClauseSubject, sentenceSubject } from './2-candidates/phrases';
import { acronymFacts, personFacts, type AcronymFact, type PersonFact } from './3-speakers/facts';
import { framingIn, type Framing } from './4-stance/framing';
import { PREPOSITIONS, PRONOUNS } from './words/words';

/** Everything the engine learns from one sentence on its own. */
export interface SentenceWork {
  sentence: Sentence;
  tokens: Token[];
  candidates: Candidate[];
  /** People named in the sentence, with roles. */
  facts: PersonFact[];
  /** Organisations named with their acronym in brackets. */
  acronyms: AcronymFact[];
  /** The subject phrase, for sentences without candidates ("Brandt struck a guarded tone."), or before a candidate a pronoun attributes. */
  subject: Token[];
  /** The writer's framing phrases outside quotations ("reacted cautiously"). */
  framings: Framing[];
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

/** A paragraph of the document: where it starts, its text, and the work done on that text. */
export interface Placed {
  start: number;
  text: string;
  work: ParagraphWork;
}

/**
 * "Keane later pushed for a review body, which she said was …": the subject named before the first
 * candidate, when a pronoun attributes it, is who the pronoun likely means; else nothing.
 */
function pronounSpeakersSubject(tokens: Token[], candidates: Candidate[]): Token[] {
  const first = candidates[0];
  const source = first.cue?.source;
  if (!source || source.length !== 1 || !PRONOUNS.has(source[0].lower)) return [];
  const subject = sentenceSubject(tokens);
  const last = subject[subject.length - 1];
  // ("Rutte took a book with him, he said": a person named as the subject of words reported without
  // marks is whom the pronoun after them means.)
  if (last && first.kind === 'unquoted' && subject[0].start === first.start && last.end < source[0].start && subject.every((t) => t.kind === 'word' && t.cap)) return subject;
  // ("In what she described as “a final warning”, Ruiz gave …": a pronoun inside an adjunct opening the
  // sentence means the subject after its comma.)
  if (last && PREPOSITIONS.has(tokens[0].lower) && subject[0].start > source[0].start && tokens.some((t) => isComma(t) && t.start > source[0].start && t.end <= subject[0].start)) return subject;
  // ("Once Hale arrived, “…,” he said": the name a clause opening the sentence has as its subject.)
  const opener = openingClauseSubject(tokens);
  if (opener.length && opener[opener.length - 1].end < source[0].start && opener[opener.length - 1].end < first.start) return opener;
  if (!last || last.end > first.start || last.end > source[0].start) return [];
  // "The agency, according to him, was …", "The sanctions, he said, …": a subject the cue directly
  // follows is what is reported on, not who speaks.
  let k = tokens.indexOf(last) + 1;
  while (tokens[k]?.kind === 'punct') k++;
  return tokens[k] && tokens[k] !== source[0] && k !== first.cue!.at ? subject : [];
}

/**
 * The sentence-local part of every stage for one paragraph (`text` is exactly the paragraph,
 * trimmed): segment, candidates, the people each sentence names, and the writer's framing.
 */
export function analyzeParagraph(text: string, nextOpensQuote: boolean): ParagraphWork {
  const span = { start: 0, end: text.length };
  const quotes = quoteSpans(text, span, nextOpensQuote);
  const sentences = splitParagraph(text, span, quotes, 0).map((sentence): SentenceWork => {
    const tokens = tokenize(text, sentence, sentence.quotes);
    const candidates = sentenceCandidates(text, sentence, tokens);
    return {
      sentence,
      tokens,
      candidates,
      facts: personFacts(tokens),
      acronyms: acronymFacts(tokens),
      // (A sentence that is speech only if introduced by "He said:" keeps its own subject.)
      subject: candidates.length && !candidates[0].ifIntroduced ? pronounSpeakersSubject(tokens, candidates) : sentenceSubject(tokens),
      framings: framingIn(tokens),
    };
  });
  // "“We will not give up.” Moss said this on Monday.": the quotation carried in the sentence before
  // is the words a back-pointing cue reports.
  // (New candidates, not edits of the candidates stage's own.)
  for (let i = 1; i < sentences.length; i++) {
    const back = sentences[i].candidates.find((c) => c.refersBack);
    if (!back) continue;
    const before = sentences[i - 1];
    before.candidates = before.candidates.map((c) => (c.carried && !c.cue && !c.ifIntroduced ? { ...c, cue: back.cue, carried: false } : c));
  }
  // (An interview's answer runs to the paragraph's end: its later sentences are in it already.)
  if (sentences[0]?.candidates.some((c) => c.answer)) for (const sw of sentences.slice(1)) sw.candidates = [];
  return { sentences, quotes };
}

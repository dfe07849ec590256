// The stages' own entry points, for table tests and tools (built as dist/stages.js); the editor
// and the CLI use only `index.ts`.
import { paragraphs } from './1-segment/paragraphs';
import { findQuoteSpans } from './1-segment/quoteSpans';
import { splitParagraph } from './1-segment/sentences';
import { tokenize } from './1-segment/tokens';
import { sentenceCandidates } from './2-candidates/candidates';
import { findCues } from './2-candidates/cues';
import { personFacts } from './3-speakers/facts';
import { parseMention } from './3-speakers/mentions';
import { framingIn } from './4-stance/framing';
import { defaultLexicon } from './4-stance/lexicon';
import { candidateFeatures, wordFeatures } from './4-stance/wordFeatures';
import { analyze, withFeatureLog } from './analysis';
import { analyzeParagraph } from './paragraph';
import type { Analysis, AnalyzeOptions, Span } from './types';

export { findQuoteSpans } from './1-segment/quoteSpans';
export { markdownCodeRanges, markdownLinkRanges } from './1-segment/markdown';
export { analyzeParagraph };
export { speakerPriors, speakerStance, withSpeakerPrior } from './4-stance/decide';
export { SPEAKER_PRIOR_BELOW, SPEAKER_PRIOR_WEIGHT } from './4-stance/thresholds';

/** The paragraphs of a text (1-segment), as their text. */
export const paragraphTexts = (text: string): string[] => paragraphs(text).map((p) => text.slice(p.start, p.end));

/** The sentences of a text (1-segment), as offsets. */
export function sentences(text: string): Span[] {
  const paras = paragraphs(text);
  const quotes = findQuoteSpans(text, paras);
  return paras.flatMap((p, i) => splitParagraph(text, p, quotes.filter((q) => q.open >= p.start && q.open < p.end), i));
}

/** The tokens of a one-sentence text, quotations collapsed (1-segment). */
export const tokens = (text: string) => tokenize(text, { start: 0, end: text.length }, findQuoteSpans(text));

/** The reporting cues of a one-sentence text (2-candidates): verb lemma, side and source words. */
export const cues = (text: string) => findCues(tokens(text)).map((c) => ({ lemma: c.lemma, side: c.side, source: c.source?.map((t) => t.text).join(' ') ?? null }));

/** The candidates of a one-sentence text (2-candidates): their words and kind. */
export function candidates(text: string): Array<{ text: string; kind: string }> {
  const [sentence] = sentences(text).map((s) => ({ ...s, paragraph: 0, quotes: findQuoteSpans(text).filter((q) => q.open >= s.start && q.open < s.end) }));
  return sentenceCandidates(text, sentence).filter((c) => !c.introduces && !c.refersBack).map((c) => ({ text: text.slice(c.start, c.end), kind: c.kind }));
}

/** The people a one-sentence text names, with roles (3-speakers). */
export const people = (text: string) => personFacts(tokens(text)).filter((f) => !f.organisation).map((f) => ({ name: f.parts.join(' '), role: f.role ?? null }));

/** What kind of mention a speaker phrase is (3-speakers). */
export const mentionType = (phrase: string): string => parseMention(tokens(phrase)).type;

/** The stance features some words fire, with the words behind each (4-stance). */
export const stanceFeatures = (words: string) => wordFeatures(words, 0, defaultLexicon()).evidence.map((e) => [e.text, e.feature] as const);

/** The stance features of each candidate of a one-paragraph text as read in it (4-stance): its own words', and the writer's around it as `context:` ones. */
export const candidateStanceFeatures = (text: string) =>
  analyzeParagraph(text, false).sentences.flatMap((s) => s.candidates.map((c) => ({
    quote: text.slice(c.start, c.end),
    features: candidateFeatures(c, s.candidates, text, defaultLexicon(), true).evidence.map((e) => [e.text, e.feature] as const),
  })));

/** An analysis with every quote's stance feature values (4-stance), for training the stance model. */
export function analyzeWithFeatures(text: string, options: AnalyzeOptions = {}): { analysis: Analysis; features: Array<Record<string, number>> } {
  const { result, features } = withFeatureLog(() => analyze(text, options));
  return { analysis: result, features: result.quotes.map((q) => features.get(q) ?? {}) };
}

/** The writer's framing phrases of a sentence (4-stance). */
export const framings = (text: string) => framingIn(tokens(text)).map((f) => f.text);

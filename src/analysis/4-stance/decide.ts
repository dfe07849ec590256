import type { Cue } from '../2-candidates/cues';
import { lowerBound } from '../search';
import { STANCES, type QuoteKind, type SpeakerStance, type Stance, type StanceCue } from '../types';
import type { FramingNote } from './framing';
import { predict } from './model';
import { EXTRA_CUE_LOGIT, FRAMING_REACH, MIXED_SHARE, FRAMING_SHARE, LONG_QUOTE_WORDS, SHORT_QUOTE_WORDS, SPEAKER_PRIOR_BELOW, SPEAKER_PRIOR_WEIGHT } from './thresholds';
import type { Evidence, WordFeatures } from './wordFeatures';

/** What the stance of one quote is decided from. */
export interface QuoteStanceInput {
  /** The features of the quote's own words, evidence offsets relative to its paragraph. */
  own: WordFeatures;
  /** Where the paragraph starts in the document. */
  paragraphStart: number;
  /** The paragraph's index and the quote's sentence index in the document. */
  paragraph: number;
  docSentence: number;
  cue: Cue | null;
  kind: QuoteKind;
  /** How many words the quote has. */
  words: number;
  /** The writer's framing notes of the quote's speaker, in document order. */
  notes: readonly FramingNote[];
  /** The roster's stance for the speaker, which wins over everything. */
  rosterStance?: Stance;
}

/** A quote's stance, how sure the model is, and what decided it. */
export interface QuoteStance {
  stance: Stance;
  confidence: number;
  probabilities: Record<Stance, number>;
  /** The words behind the features that pushed toward `stance`, strongest first. */
  cues: StanceCue[];
  /** Every feature value, for training and inspection. */
  features: Record<string, number>;
}

/** How many cues a quote shows at most. */
const SHOWN_CUES = 5;

/** The writer's framing near the quote (not in its own sentence, whose cue verb outranks it). */
function framingFeatures(input: QuoteStanceInput, values: Record<string, number>, evidence: Evidence[]): void {
  const notes = input.notes;
  for (let n = lowerBound(notes, input.docSentence - FRAMING_REACH, (x) => x.docSentence); n < notes.length && notes[n].docSentence <= input.docSentence + FRAMING_REACH; n++) {
    const fr = notes[n];
    if (fr.paragraph < input.paragraph - 1 || fr.paragraph > input.paragraph || fr.docSentence === input.docSentence) continue;
    for (const [stance, w] of Object.entries(fr.weights) as Array<[Stance, number]>) {
      values[`framing:${stance}`] = (values[`framing:${stance}`] ?? 0) + w * FRAMING_SHARE;
      evidence.push({ feature: `framing:${stance}`, text: fr.text, start: -1, end: -1 });
    }
  }
}

/** A quote's stance from its words, its cue verb, its kind and the writer's framing nearby; the roster overrides. */
export function quoteStance(input: QuoteStanceInput): QuoteStance {
  const base = input.paragraphStart;
  const values: Record<string, number> = { ...input.own.values };
  // The writer's verb and framing have no place of their own in the quote (start -1).
  const added: Evidence[] = [];
  if (input.cue) {
    values[`verb:${input.cue.lemma}`] = 1;
    // (A headline's colon stands for "said" but is no word to show: "Ana Lee: “…”".)
    if (input.cue.verb.kind === 'word') added.push({ feature: `verb:${input.cue.lemma}`, text: input.cue.verb.text, start: -1, end: -1 });
  }
  values[`kind:${input.kind}`] = 1;
  if (input.words <= SHORT_QUOTE_WORDS) values.short = 1;
  if (input.words > LONG_QUOTE_WORDS) values.long = 1;
  framingFeatures(input, values, added);
  // Nothing evaluative fired, in the words, around them or in the writer's framing: a feature of its own,
  // so that a quote with one weak cue is not judged against a bias set by the quotes with none.
  if (Object.keys(values).every((f) => PLAIN_FEATURE.test(f))) values.plain = 1;
  const extra: Partial<Record<Stance, number>> = {};
  for (const s of STANCES) if (values[`extra:${s}`]) extra[s] = EXTRA_CUE_LOGIT * values[`extra:${s}`];
  const p = predict(values, extra);
  if (input.rosterStance) {
    return { stance: input.rosterStance, confidence: 1, probabilities: p.probabilities, cues: [{ text: 'roster', stance: input.rosterStance }], features: values };
  }
  // Features without words behind them (the quote's kind, its length) push too, but show no cue.
  const rank = new Map<string, number>();
  p.contributions.forEach(([f, c], i) => { if (c > 0) rank.set(f, i); });
  for (const s of STANCES) if (extra[s] && s === p.stance) rank.set(`extra:${s}`, -1);
  // One cue per stretch of words: the strongest feature it fired ("betrayal" is a rejection word and a negative one).
  // A word inside a phrase already shown ("backs" in "behind our backs") is not shown again.
  const seen = new Set<string>();
  const spans: Evidence[] = [];
  const cues: StanceCue[] = [...input.own.evidence, ...added]
    .filter((e) => rank.has(e.feature))
    .sort((a, b) => rank.get(a.feature)! - rank.get(b.feature)!)
    .filter((e) => {
      if (e.start >= 0) {
        if (spans.some((x) => x.start <= e.start && e.end <= x.end)) return false;
        spans.push(e);
        return true;
      }
      const key = `${e.feature}:${e.text}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .slice(0, SHOWN_CUES)
    .map((e) => {
      const cue: StanceCue = e.start >= 0 ? { text: e.text, stance: p.stance, start: base + e.start, end: base + e.end, feature: e.feature } : { text: e.text, stance: p.stance, feature: e.feature };
      if (e.negator) cue.negator = e.negator;
      return cue;
    });
  return { stance: p.stance, confidence: p.confidence, probabilities: p.probabilities, cues, features: values };
}

/** Features that say nothing of stance: the verb, the kind, the length. */
const PLAIN_FEATURE = /^(?:verb:|kind:|short$|long$)/;

/** Below this a probability counts as this (a log of zero would rule a stance out for good). */
const MIN_PROBABILITY = 1e-6;
/** Neutral's share of the speaker prior: a quarter, as if nothing were known. */
const NEUTRAL_PRIOR = 0.25;

/**
 * An uncertain quote's stance with its speaker's other quotes in the article as a prior: the
 * model's probabilities times the prior raised to `SPEAKER_PRIOR_WEIGHT`, renormalised. The prior
 * gives neutral a quarter, as knowing nothing would, and shares the rest among the other stances as
 * the mean of the other quotes' probabilities leans: a speaker's procedural remarks say nothing of
 * where they stand, so they never pull a quote toward neutral. Null when the model is sure enough
 * on its own (`SPEAKER_PRIOR_BELOW`): a speaker's words decide their stance, and what they say
 * elsewhere only tips a close call ("We will see" from a negotiator who called the deal a betrayal
 * twice is more likely critical than supportive).
 */
export function withSpeakerPrior(own: Readonly<Record<Stance, number>>, peers: Readonly<Record<Stance, number>>, below = SPEAKER_PRIOR_BELOW, weight = SPEAKER_PRIOR_WEIGHT): { stance: Stance; confidence: number; probabilities: Record<Stance, number> } | null {
  if (Math.max(own.supportive, own.critical, own.cautious, own.neutral) >= below) return null;
  // (Run once per uncertain quote on every edit: no arrays made on the way.)
  const share = (1 - NEUTRAL_PRIOR) / Math.max(MIN_PROBABILITY, 1 - peers.neutral);
  const logit = (p: number, prior: number): number => Math.log(Math.max(p, MIN_PROBABILITY)) + weight * Math.log(Math.max(prior, MIN_PROBABILITY));
  const zs = logit(own.supportive, share * peers.supportive);
  const zc = logit(own.critical, share * peers.critical);
  const zw = logit(own.cautious, share * peers.cautious);
  const zn = logit(own.neutral, NEUTRAL_PRIOR);
  const top = Math.max(zs, zc, zw, zn);
  const es = Math.exp(zs - top), ec = Math.exp(zc - top), ew = Math.exp(zw - top), en = Math.exp(zn - top);
  const sum = es + ec + ew + en;
  const probabilities: Record<Stance, number> = { supportive: es / sum, critical: ec / sum, cautious: ew / sum, neutral: en / sum };
  let stance: Stance = 'supportive';
  for (const s of STANCES) if (probabilities[s] > probabilities[stance]) stance = s;
  return { stance, confidence: probabilities[stance], probabilities };
}

/** An uncertain item's stance as its speaker's other items tip it, and how many others there were. */
export interface SpeakerPriorResult {
  stance: Stance;
  confidence: number;
  probabilities: Record<Stance, number>;
  others: number;
}

/**
 * `withSpeakerPrior` over the items of one document: each uncertain item weighed against the mean of
 * its speaker's other items (`speakerOf` null: none, and counted for nobody). Returns the index of each
 * item tipped with its result. The engine reads its quotes so and the training script its held-out
 * probabilities, so the figure it reports is the engine's.
 */
export function speakerPriors<T>(items: readonly T[], speakerOf: (x: T) => string | null, scoresOf: (x: T) => Readonly<Record<Stance, number>>,
  below = SPEAKER_PRIOR_BELOW, weight = SPEAKER_PRIOR_WEIGHT): Map<number, SpeakerPriorResult> {
  const out = new Map<number, SpeakerPriorResult>();
  const bySpeaker = new Map<string, number[]>();
  items.forEach((x, i) => {
    const speaker = speakerOf(x);
    if (!speaker) return;
    const list = bySpeaker.get(speaker);
    if (list) list.push(i);
    else bySpeaker.set(speaker, [i]);
  });
  const sure = (i: number): boolean => {
    const p = scoresOf(items[i]);
    return Math.max(p.supportive, p.critical, p.cautious, p.neutral) >= below;
  };
  for (const list of bySpeaker.values()) {
    if (list.length < 2 || list.every(sure)) continue;
    // (Named fields, not a loop over the labels: the engine runs this over every quote on every edit.)
    let supportive = 0, critical = 0, cautious = 0, neutral = 0;
    for (const i of list) {
      const p = scoresOf(items[i]);
      supportive += p.supportive;
      critical += p.critical;
      cautious += p.cautious;
      neutral += p.neutral;
    }
    const others = list.length - 1;
    for (const i of list) {
      if (sure(i)) continue;
      const p = scoresOf(items[i]);
      const peers = { supportive: (supportive - p.supportive) / others, critical: (critical - p.critical) / others, cautious: (cautious - p.cautious) / others, neutral: (neutral - p.neutral) / others };
      const r = withSpeakerPrior(p, peers, below, weight);
      if (r) out.set(i, { ...r, others });
    }
  }
  return out;
}

/** How many of `items` there are of each stance. */
export function countByStance(items: Iterable<{ stance: Stance }>): Record<Stance, number> {
  const counts: Record<Stance, number> = { supportive: 0, critical: 0, cautious: 0, neutral: 0 };
  for (const x of items) counts[x.stance]++;
  return counts;
}

/**
 * A speaker's overall stance from their quotes, each counting by its confidence: the non-neutral
 * stance with most weight, neutral when none has any, and mixed when the runner-up has at least
 * `MIXED_SHARE` of the leader's weight. A split is never resolved by the order of the labels.
 */
export function speakerStance(quotes: Iterable<{ stance: Stance; confidence: number }>): SpeakerStance {
  const weight: Record<Stance, number> = { supportive: 0, critical: 0, cautious: 0, neutral: 0 };
  for (const q of quotes) weight[q.stance] += q.confidence;
  const ranked = STANCES.filter((s) => s !== 'neutral' && weight[s] > 0).sort((a, b) => weight[b] - weight[a]);
  if (!ranked.length) return 'neutral';
  if (ranked.length > 1 && weight[ranked[1]] >= MIXED_SHARE * weight[ranked[0]]) return 'mixed';
  return ranked[0];
}

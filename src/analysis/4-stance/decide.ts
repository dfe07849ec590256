import type { Cue } from '../2-candidates/cues';
import { lowerBound } from '../search';
import { STANCES, type Stance, type StanceCue } from '../types';
import { addFramingVerb, type FramingNote } from './framing';
import type { StanceScore } from './score';
import {
  CONFIDENCE_SMOOTHING, FRAMING_REACH, FRAMING_SHARE, MAX_CONFIDENCE, NEUTRAL_BELOW, NEUTRAL_CONFIDENCE, WEAK_NEUTRAL_CONFIDENCE,
} from './thresholds';

/** Turns a score into a stance and a confidence. Ties favour the more careful reading. */
export function decide(score: StanceScore): { stance: Stance; confidence: number } {
  const { supportive, critical, cautious } = score.scores;
  const total = supportive + critical + cautious;
  if (total < NEUTRAL_BELOW) return { stance: 'neutral', confidence: total === 0 ? NEUTRAL_CONFIDENCE : WEAK_NEUTRAL_CONFIDENCE };
  let stance: Stance = 'cautious';
  let best = cautious;
  if (critical > best) { stance = 'critical'; best = critical; }
  if (supportive > best) { stance = 'supportive'; best = supportive; }
  const confidence = Math.min(MAX_CONFIDENCE, Math.round((best / (total + CONFIDENCE_SMOOTHING)) * 100) / 100);
  return { stance, confidence };
}

/** What the stance of one quote is decided from. */
export interface QuoteStanceInput {
  /** The score of the quote's own words, cue offsets relative to its paragraph. */
  own: StanceScore;
  /** Where the paragraph starts in the document. */
  paragraphStart: number;
  /** The paragraph's index and the quote's sentence index in the document. */
  paragraph: number;
  docSentence: number;
  cue: Cue | null;
  /** The writer's framing notes of the quote's speaker, in document order. */
  notes: readonly FramingNote[];
  /** The roster's stance for the speaker, which wins over everything. */
  rosterStance?: Stance;
}

/** A quote's stance: its words, its cue verb and the writer's framing nearby; the roster overrides. */
export function quoteStance(input: QuoteStanceInput): { stance: Stance; confidence: number; cues: StanceCue[] } {
  const { own, paragraphStart: base, notes } = input;
  const score: StanceScore = {
    scores: { supportive: own.scores.supportive, critical: own.scores.critical, cautious: own.scores.cautious, neutral: own.scores.neutral },
    cues: own.cues.map((x) => ({ text: x.text, stance: x.stance, start: base + x.start!, end: base + x.end! })),
  };
  if (input.cue) addFramingVerb(score, input.cue.lemma, input.cue.verb.text);
  // Notes are in document order: look only at the few sentences around this one.
  for (let n = lowerBound(notes, input.docSentence - FRAMING_REACH, (x) => x.docSentence); n < notes.length && notes[n].docSentence <= input.docSentence + FRAMING_REACH; n++) {
    const fr = notes[n];
    // The writer's framing colours the speaker's words nearby, but a quote's own cue verb
    // ("welcomed X but warned against Y") outranks framing in its own sentence.
    if (fr.paragraph < input.paragraph - 1 || fr.paragraph > input.paragraph || fr.docSentence === input.docSentence) continue;
    for (const [stance, w] of Object.entries(fr.weights) as Array<[Stance, number]>) {
      score.scores[stance] += w * FRAMING_SHARE;
      score.cues.push({ text: fr.text, stance });
    }
  }
  if (input.rosterStance) return { stance: input.rosterStance, confidence: 1, cues: [{ text: 'roster', stance: input.rosterStance }] };
  const { stance, confidence } = decide(score);
  return { stance, confidence, cues: score.cues.filter((x) => x.stance === stance) };
}

/** How many of `items` there are of each stance. */
export function countByStance(items: Iterable<{ stance: Stance }>): Record<Stance, number> {
  const counts: Record<Stance, number> = { supportive: 0, critical: 0, cautious: 0, neutral: 0 };
  for (const x of items) counts[x.stance]++;
  return counts;
}

/** A speaker's overall stance from the counts of their quotes: the most frequent non-neutral one. */
export function speakerStance(counts: Record<Stance, number>): Stance {
  let best: Stance = 'neutral';
  for (const s of STANCES) if (s !== 'neutral' && counts[s] > (best === 'neutral' ? 0 : counts[best])) best = s;
  return best;
}

// The stance stage's hand-set numbers, named. (Fitted weights replace these as the model grows.)

/** Weight of each extra cue word given in the options or the roster. */
export const EXTRA_CUE_WEIGHT = 1.5;
/** How many characters before a cue are read for a negator. */
export const NEGATION_REACH_CHARS = 40;
/** How many words before a cue a negator may stand. */
export const NEGATION_REACH_WORDS = 3;
/** Below this total of cue weight, a quote is neutral. */
export const NEUTRAL_BELOW = 0.6;
/** Confidence of a neutral quote with no cue at all, and with weak cues. */
export const NEUTRAL_CONFIDENCE = 0.6;
export const WEAK_NEUTRAL_CONFIDENCE = 0.4;
/** Confidence never exceeds this (the lexicon is never certain). */
export const MAX_CONFIDENCE = 0.95;
/** Added to the total when turning the winning weight into a confidence, so one weak cue is not sure. */
export const CONFIDENCE_SMOOTHING = 0.5;
/** How many sentences away the writer's framing of a speaker still colours their quotes. */
export const FRAMING_REACH = 4;
/** Share of a framing phrase's weight that reaches a quote in a nearby sentence. */
export const FRAMING_SHARE = 0.5;

// The stance stage's set numbers, named. Feature weights are not here: they are fitted (weights.json).

/** How many characters before a phrase are read for a negator. */
export const NEGATION_REACH_CHARS = 40;
/** How many words before a phrase a negator may stand. */
export const NEGATION_REACH_WORDS = 3;
/** How many words back a negative subject ("nobody", "neither") still negates, within its clause. */
export const CLAUSE_NEGATION_REACH_WORDS = 8;
/** Largest value of one feature (counts and sums are capped, so one long quote does not dominate). */
export const FEATURE_CAP = 3;
/** VADER valences (-4..4) are divided by this before they are summed. */
export const VADER_SCALE = 2;
/** VADER's own factor for a negated word's valence. */
export const VADER_NEGATION_SCALAR = -0.74;
/** How many sentences away the writer's framing of a speaker still colours their quotes. */
export const FRAMING_REACH = 4;
/** Share of a framing phrase's weight that reaches a quote in a nearby sentence. */
export const FRAMING_SHARE = 0.5;
/** Added to a stance's score for each of a caller's own cue words of that stance (roster, options). */
export const EXTRA_CUE_LOGIT = 3;
/** Quotes of at most this many words are short (a fragment that names a thing: "a capitulation"). */
export const SHORT_QUOTE_WORDS = 4;
/** Quotes of more than this many words are long. */
export const LONG_QUOTE_WORDS = 25;
/** How far (characters) either side of a quote, within its sentence, the writer's words are read as its context. */
export const CONTEXT_REACH_CHARS = 120;
/** A speaker is mixed when their second stance has at least this share of the first one's weight. */
export const MIXED_SHARE = 0.6;
/**
 * A quote the model is less sure of than this takes its speaker's other quotes in the article as a
 * prior (see `withSpeakerPrior`), weighted so: both chosen by cross-validation by article in
 * `scripts/train-stance.mjs` (accuracy and macro-F1 each about +0.01 on held-out articles).
 */
export const SPEAKER_PRIOR_BELOW = 0.5;
export const SPEAKER_PRIOR_WEIGHT = 0.75;

/** How a piece of speech is reported in the text. */
export type QuoteKind = 'direct' | 'partial' | 'unquoted' | 'indirect';

/** A speaker's stance toward the talks the article reports. */
export type Stance = 'supportive' | 'critical' | 'cautious' | 'neutral';

/** Every stance, in the order reports and legends list them. */
export const STANCES: readonly Stance[] = ['supportive', 'critical', 'cautious', 'neutral'];

/** How each stance is named to a reader: in hovers, views, reports and the CLI. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  supportive: 'Supportive of talks',
  critical: 'Critical',
  cautious: 'Cautious',
  neutral: 'Neutral',
};

/** A speaker's overall stance: one of the quote stances, or mixed when their quotes really split. */
export type SpeakerStance = Stance | 'mixed';

/** How each overall stance of a speaker is named to a reader. */
export const SPEAKER_STANCE_LABELS: Readonly<Record<SpeakerStance, string>> = { ...STANCE_LABELS, mixed: 'Mixed' };

/** A half-open range of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** How a mention names its speaker. */
export type MentionType = 'name' | 'pronoun' | 'description' | 'organisation' | 'relative';

/** One place in the text where a speaker is referred to. */
export interface Mention extends Span {
  text: string;
  type: MentionType;
}

/** A word or phrase that pushed the stance of a quote one way. */
export interface StanceCue {
  text: string;
  stance: Stance;
  /** Where the cue is in the text; absent for the writer's verb and framing, and for the roster. */
  start?: number;
  end?: number;
  /**
   * The feature it fired: a lexicon group ("rejection", "rejection:negated" when a negator governs
   * it; "inclusion:dismissed" for scorn of another's demand to be included), "valence:positive"/"valence:negative" (VADER), "hedge", "verb:<lemma>" (the writer's
   * reporting verb), "framing:<stance>" (the writer's words nearby), "context:<feature>" (a lexicon
   * group or valence in the writer's words around the quote), "extra:<stance>" (the roster's words), "speaker" (the
   * speaker's other quotes, which tipped an uncertain one).
   */
  feature?: string;
  /** The negator that governs a negated cue ("not" in "certainly not a betrayal"). */
  negator?: string;
}

/** One attributed quotation, reported or direct. */
export interface QuoteFinding extends Span {
  kind: QuoteKind;
  /** The reported words (offsets `start`..`end`, without enclosing quotation marks). */
  text: string;
  /** The canonical speaker name, or null when no speaker could be found. */
  speaker: string | null;
  /** The mention that attributes these words, when there is one. */
  mention: Mention | null;
  /** The speaker's role or title as the article gives it. */
  role: string | null;
  /** The speech or framing verb that attributes the words ("said", "warned"). */
  cue: string | null;
  stance: Stance;
  /** 0..1: the fitted model's probability of `stance`. */
  confidence: number;
  /** The model's probability of each stance (they sum to 1). */
  stanceScores: Record<Stance, number>;
  /** What pushed toward `stance`, strongest first. */
  cues: StanceCue[];
  /** The quote continues in the next paragraph (opening mark repeated, no closing mark). */
  continued?: boolean;
  /** For a pronoun attribution: other people the pronoun could also point to. */
  alternatives?: string[];
  /** The stance came from the roster's override for this speaker, not from the words. */
  stanceFromRoster?: boolean;
  /**
   * Nothing in the quote's paragraph attributes it: the speaker is carried over from an earlier
   * paragraph (the speaker's latest mention before the quote is where it came from).
   */
  inferred?: boolean;
}

/** A person, organisation or group that speaks in the text. */
export interface Speaker {
  name: string;
  role: string | null;
  kind: 'person' | 'organisation' | 'group';
  mentions: Mention[];
  /** Every role the text (or the roster) gives this speaker, in order. */
  roles: string[];
  /** Indexes into `Analysis.quotes`. */
  quotes: number[];
  /** The overall stance: the one with most confidence behind it, or mixed when two are close (see `speakerStance`). */
  stance: SpeakerStance;
  /** How many quotes of each stance. */
  stanceCounts: Record<Stance, number>;
  /**
   * For a person first attributed by a short mention (a last name or a pronoun): where the text gave
   * their full name before it. Null otherwise, or when it did not.
   */
  introducedAt: number | null;
  /** For a person with a full name: where the text first gives their last name alone (in an attribution or anywhere else), if that is before it first gives the full name; else null. */
  surnameAt: number | null;
}

/** The result of analysing one text. */
export interface Analysis {
  quotes: QuoteFinding[];
  speakers: Speaker[];
  /** Quotations that read like speech but have no speaker anywhere near them. */
  unattributed: Span[];
  /** Opening quotation marks never closed in their paragraph, and not continued in the next one. */
  unclosed: UnclosedQuote[];
}

/** An opening quotation mark never closed: from the mark to the end of its paragraph. */
export interface UnclosedQuote extends Span {
  /** The opening mark itself. */
  mark: string;
}

/** A person the newsroom declares in a roster file. */
export interface RosterPerson {
  name: string;
  aliases?: string[];
  role?: string;
  organisation?: string;
  /** Every quote of this person takes this stance. */
  stance?: Stance;
}

/** The roster: known people, and extra cue words per stance. */
export interface Roster {
  people?: RosterPerson[];
  cues?: Partial<Record<Stance, string[]>>;
}

/** Options for `analyze()`; a snapshot, never mutated by the engine. */
export interface AnalyzeOptions {
  /** Extra stance cue words, by stance. */
  extraCues?: Partial<Record<Stance, string[]>>;
  /** Offset ranges to leave out (e.g. code blocks in markdown); quotes inside them are dropped. */
  exclude?: Span[];
  /** People and cue words declared by the newsroom. */
  roster?: Roster;
}

import type { Sentence } from '../1-segment/sentences';
import { countWords, isDash, isPossessive, tokenize, withoutPossessive, type Token } from '../1-segment/tokens';
import { endsUnmarked, LEADING_MARKS } from '../1-segment/marks';
import { lowerBound } from '../search';
import { DETERMINERS, IRREGULAR_PAST, PLACES, PREPOSITIONS, isPastForm, isPeopleHead, isStopCapitalised, ORG_HEADS, TITLE_HEADS } from '../words/words';
import type { QuoteKind } from '../types';
import { finiteBeforePunct, isQuantityLimit, looksLikeClause, newClause, opensClause, skipRightAdjuncts } from './adjuncts';
import { ACT_ADVERBS, AUXILIARIES, BACK_REFERENCES, COPULAS, DAYS, TIME_WORDS, WORDS_OF_NOUNS, WORDS_OF_OPENERS, QUOTE_ADJUNCT_PREPOSITIONS, RELATIVES, SUBORDINATORS, SPEECH_NOUNS, SUBJECT_ENTRY, SPEAKER_ACTS, SUBJECT_LEMMA, FINITE_VERBS, TITLE_PREFIXES, TITLE_SMALL_WORDS, WRITING_VERBS, WRITTEN_OBJECTS, CONTENT_BLOCKERS, CONDITIONALS, CONTRAST_CONJUNCTIONS, COORDINATORS, propositionAt, ADJUNCT_PREPOSITIONS, PROPOSITION_NOUNS, THAT_SUBJECT_VERBS, VERB_FORMS } from './cueWords';
import { findCues, isCreditPost, predicateNounAt, saidCue, type Cue } from './cues';
import { datelineEnd, isComma, isFinite, isPronoun, isQuote, isVerbish, isWord, namesSomebody, rightPhrase, subjectPhrase, wordsAt } from './phrases';
import { CONDITION_REACH, MAX_MODIFIER_QUOTE_WORDS, MAX_TITLE_WORDS, MIN_SPLIT_PIECE_WORDS, MIN_CARRIED_WORDS, MIN_CONTENT_WORDS, MIN_GERUND_CONTENT_WORDS, MIN_SUBJECT_PARTIAL_WORDS, MIN_COLON_PARTIAL_WORDS, NOMINAL_REACH, MIN_LEAD_CLAUSE_WORDS, MIN_UNQUOTED_WORDS } from './windows';

/** The verb of "as X put it". */
const PUT_IT: ReadonlySet<string> = new Set(['put', 'puts']);

export type { Cue } from './cues';

/** A stretch of reported words and the cue that attributes them. */
export interface Candidate {
  start: number;
  end: number;
  kind: QuoteKind;
  /** The cue, with an inherited source filled in ("..., calling for" takes the sentence's subject). */
  cue: Cue | null;
  sentence: Sentence;
  continued?: boolean;
  /** The quote had no cue in its sentence: its speaker is the one speaking just before. */
  carried?: boolean;
  /** Not a quote: a cue ending in a colon ("He said:") that introduces the next paragraph's quote. */
  introduces?: boolean;
  /** Not a quote: a cue whose object points back ("Moss said this on Monday") to the quotation of the sentence before. */
  refersBack?: boolean;
  /**
   * Speech only if the paragraph before ended in "He said:": a sentence in the first person with no
   * quotation marks and no cue of its own ("We have waited three years."). Otherwise nobody's.
   */
  ifIntroduced?: boolean;
  /**
   * A quoted fragment in a sentence with no cue and no subject that speaks ("The package was “fair,
   * generous and final”."): the words of whoever spoke in the sentence before, in the same paragraph,
   * else a phrase of the writer's, nobody's.
   */
  fragment?: boolean;
  /**
   * An interview's answer ("A: We are closer than people think. …"): the words after the label to the
   * paragraph's end, the interviewee's (the person the text spoke of before the interview).
   */
  answer?: boolean;
  /** For an answer after a question with no labels: where the question's paragraph starts in the document. */
  askedAt?: number;
  /**
   * A transcript's line ("REYES: We are very close. …"): the speaker's name as the label gives it,
   * lower-case ("reyes"); the words after it to the paragraph's end are theirs.
   */
  label?: string;
}

/** Articles that open a verb's object ("conceded | the last point"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * Where content ends before a note of its source ("noted that a committee would meet, according to
 * a statement issued by the ministry", "reported that …, citing officials"): the comma before
 * "according to" or "citing", else `to`.
 */
function beforeSourceNote(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k + 2 < to; k++) {
    if (isComma(tokens[k]) && tokens[k + 1].lower === 'according' && tokens[k + 2].lower === 'to') return k;
    // ("reported that the two firms were nearing a deal, citing people familiar with the matter": whom the report cites.)
    if (isComma(tokens[k]) && tokens[k + 1].lower === 'citing' && isWord(tokens[k + 2])) return k;
  }
  return to;
}

/** Words of a speaker talking of themselves ("we", "our"). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours']);

/** A copy of `cue` with its source filled in (literal, not spread: cues are made by the thousand). */
const withSource = (c: Cue, source: Token[]): Cue =>
  ({ verb: c.verb, at: c.at, lemma: c.lemma, entry: c.entry, source, side: c.side, appositions: c.appositions, from: c.from, to: c.to });

/**
 * The subject of a clause coordinated after token `from` that the participle at `at` hangs on
 * ("…, and lawmakers passed a resolution | urging"): after the last comma or semicolon before it, a
 * phrase naming somebody, then a verb in the past or a finite one; else null.
 */
function coordinatedSubject(tokens: Token[], from: number, at: number): Token[] | null {
  let k = isComma(tokens[at - 1]) ? at - 2 : at - 1;
  while (k > from && !isComma(tokens[k]) && tokens[k].text !== ';') {
    if (tokens[k].kind === 'quote') return null;
    k--;
  }
  if (k <= from) return null;
  let s = k + 1;
  if (COORDINATORS.has(tokens[s]?.lower ?? '') || CONTRAST_CONJUNCTIONS.has(tokens[s]?.lower ?? '')) s++;
  const actor = actorAt(tokens, s);
  return actor && (isFinite(actor.verb) || isPastForm(actor.verb.lower)) ? actor.np : null;
}

/** Does a subject name people by a noun ("Critics", "Some economists", "the employers")? A pronoun does not: it may be whoever spoke last. */
function peopleSubject(subject: Token[]): boolean {
  const head = subject[subject.length - 1];
  return !!head && isWord(head) && !isPronoun(head) && (isPeopleHead(head.lower) || ORG_HEADS.has(head.lower) || TITLE_HEADS.has(head.lower));
}

/** A phrase naming somebody at `k` and the verb right after it, no reporting one ("lawmakers | passed", "the other side | flagged"); else null. */
function actorAt(tokens: Token[], k: number): { np: Token[]; verb: Token } | null {
  const np = rightPhrase(tokens, k, false);
  const verb = tokens[k + np.length];
  return np.length && isWord(verb) && !verb.cap && !VERB_FORMS.has(verb.lower) && namesSomebody(np) ? { np, verb } : null;
}

/**
 * The comma before "a step" in "…, a step | critics described as": an article right after a comma,
 * then at most a few lower-case words up to `from`, the speakers' phrase; else -1.
 */
function nounBeforeRelative(tokens: Token[], from: number): number {
  for (let k = from - 1; k > 0 && from - k <= MAX_NOUN_BEFORE_RELATIVE; k--) {
    const t = tokens[k];
    if (!isWord(t) || t.cap || isFinite(t) || VERB_FORMS.has(t.lower)) return -1;
    if (PHRASE_OPENERS.has(t.lower)) return k < from - 1 && isComma(tokens[k - 1]) ? k - 1 : -1;
  }
  return -1;
}
/** Most words of the noun phrase a relative clause without "that" follows ("a | step", "the | very deal"). */
const MAX_NOUN_BEFORE_RELATIVE = 4;

/** Conjunctions that open the writer's next clause after a comma ("…, even as | critics warned"): the contrasting ones and "(even) as", "yet". */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set([...CONTRAST_CONJUNCTIONS, 'even', 'as', 'yet']);

/** Counts the words (not punctuation) in tokens[from..to), stopping once `enough` are found (a test against a bound needs no more). */
function wordCount(tokens: Token[], from: number, to: number, enough = Infinity): number {
  let n = 0;
  for (let k = from; k < to && n < enough; k++) if (tokens[k].kind === 'word') n++;
  return n;
}

/** Kind of a quotation token given where it sits relative to its cue. */
function quoteKind(tokens: Token[], qi: number, adjacent: boolean): QuoteKind {
  const content = tokens[qi].text.replace(LEADING_MARKS, '');
  const sentenceInitial = qi === 0 || (tokens[qi - 1].kind === 'punct' && tokens[qi - 1].text === ':');
  return (adjacent || sentenceInitial) && /^[\p{Lu}\p{N}]/u.test(content) ? 'direct' : 'partial';
}

/** How many words back from a writing verb a written object may stand ("signs | that | read"). */
const WRITTEN_OBJECT_REACH = 3;

/**
 * Are these the words on a sign, a banner or a headline ("carrying signs that read “…” and “…”")?
 * A quotation joined by "and" or a comma to such words is written too.
 */
function isWrittenQuote(tokens: Token[], qi: number): boolean {
  // ("“No deal,” read one placard", "“…,” another banner read": a written object tagging the quotation after it.)
  let e = qi + 1;
  while (e < tokens.length && e - qi <= WRITTEN_OBJECT_REACH + 1 && isWord(tokens[e]) && !WRITTEN_OBJECTS.has(tokens[e].lower)) e++;
  const writtenAfter = WRITTEN_OBJECTS.has(tokens[e]?.lower ?? '') && tokens.slice(qi + 1, e + 2).some((t) => t.lower === 'read' || t.lower === 'reads');
  if (writtenAfter) return true;
  const prev = tokens[qi - 1];
  if (!prev) return false;
  if ((prev.lower === 'and' || isComma(prev)) && isQuote(tokens[qi - 2])) return isWrittenQuote(tokens, qi - 2);
  if (!WRITING_VERBS.has(prev.lower)) return false;
  for (let k = qi - 2; k >= 0 && qi - 2 - k < WRITTEN_OBJECT_REACH; k--) if (WRITTEN_OBJECTS.has(tokens[k].lower)) return true;
  return false;
}

/** Words before "as" that make the quotation after it a name something goes by ("known as", "referred to as"). */
const KNOWN_AS: ReadonlySet<string> = new Set(['known', 'referred', 'billed']);
/** Openers of a sentence saying who put the words before it so ("That is how X described it"). */
const HOW_OPENERS: ReadonlySet<string> = new Set(['that is how', 'that was how', 'this is how', 'this was how']);

/** A quotation whose first letter is a capital. */
const CAPITALISED_CONTENT = /^\P{L}*\p{Lu}/u;

/** Is this quotation a title, a so-called term or words written on something rather than speech? */
function isTitleQuote(tokens: Token[], qi: number): boolean {
  const prev = tokens[qi - 1];
  if (prev && prev.kind === 'word' && TITLE_PREFIXES.has(prev.lower)) return true;
  // ("She is known as “the Iron Lady”", "what became known as “the Accord”": a name something goes by.)
  if (prev?.lower === 'as' && KNOWN_AS.has(tokens[qi - 2]?.lower ?? '')) return true;
  if (isWrittenQuote(tokens, qi)) return true;
  // "State of the Union", "CNN This Morning": every word capitalised but the small ones is a name of a work or a show.
  if (!CAPITALISED_CONTENT.test(tokens[qi].text)) return false;
  const words = tokens[qi].text.replace(/^\P{L}+|\P{L}+$/gu, '').split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= MAX_TITLE_WORDS && /^\p{Lu}/u.test(words[0])
    && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w)) && !words.slice(0, -1).some((w) => /[.!?,;:]$/.test(w));
}

/** Splits reported content at "and that" / "but that" / ", that" when a piece of it is quoted, so each piece is judged alone. */
function contentPieces(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let s = from;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].lower === 'that' && (tokens[k - 1].lower === 'and' || tokens[k - 1].lower === 'but' || isComma(tokens[k - 1]))) {
      const e = (tokens[k - 1].lower === 'and' || tokens[k - 1].lower === 'but') && isComma(tokens[k - 2]) ? k - 2 : k - 1;
      pieces.push([s, e]);
      s = k + 1;
    }
  }
  pieces.push([s, to]);
  return pieces;
}

/**
 * Where the writer goes on with what the speaker did besides speaking ("said the talks were useful,
 * but she declined to give details", "… and declined to comment"): each "but"/"and" (or the comma
 * before it) that opens such words, in order. Reported content ends at the first after it starts.
 */
function speakerActCuts(tokens: Token[]): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    // ("…, but the other side flagged several loopholes": another party and what it did is a clause of its own.)
    if (isComma(tokens[k - 1]) && CONTRAST_CONJUNCTIONS.has(tokens[k].lower) && otherPartyActs(tokens, k + 1)) {
      cuts.push(k - 1);
      continue;
    }
    // ("…, a claim the union disputes": a noun of speech set off after the words names them again, in the writer's voice.)
    if (isComma(tokens[k - 1]) && (tokens[k].lower === 'a' || tokens[k].lower === 'an') && PROPOSITION_NOUNS.has(tokens[k + 1]?.lower ?? '')) {
      cuts.push(k - 1);
      continue;
    }
    if (tokens[k].lower !== 'but' && tokens[k].lower !== 'and') continue;
    const at = isPronounSubject(tokens[k + 1]) ? k + 2 : k + 1;
    if (SPEAKER_ACTS.some((p) => wordsAt(tokens, at, p))) cuts.push(isComma(tokens[k - 1]) ? k - 1 : k);
  }
  return cuts;
}

/**
 * Where content that is a noun phrase, not a clause, ends at a second verb of its subject's joined by
 * "and"/"but" ("called for | the repeal of the laws | and refused the lunch"): that verb in the past
 * with an object after it. The sentence's end when there is none, or when the content is a clause.
 */
function coordinatedAct(tokens: Token[], from: number): number {
  if (!tokens[from] || looksLikeClause(tokens, from) || isPronoun(tokens[from])) return tokens.length;
  for (let k = from + 1; k < tokens.length - 2; k++) {
    if (isQuote(tokens[k])) return tokens.length;
    // ("and even refused": an adverb may stand before the verb.)
    const v = isWord(tokens[k + 1]) && (ACT_ADVERBS.has(tokens[k + 1].lower) || /ly$/.test(tokens[k + 1].lower)) ? k + 2 : k + 1;
    const verb = tokens[v];
    const object = tokens[v + 1];
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && isWord(verb) && !verb.cap && isPastForm(verb.lower) && isWord(object) && (DETERMINERS.has(object.lower) || isPronoun(object) || object.lower === 'to')) return isComma(tokens[k - 1]) ? k - 1 : k;
  }
  return tokens.length;
}

/** Verbs of being in the present ("remains", "seems"), which end a nominal subject as "is" does ("The demand for X | remains the obstacle"). */
const LINKING_VERBS: ReadonlySet<string> = new Set(['remains', 'seems', 'appears', 'becomes', 'stays', 'looks']);

/**
 * Where the verb of a sentence whose subject is a noun of speech stands, after its words starting at
 * `from`: the first finite verb, or the second when the words are a clause of their own ("that talks
 * would resume | surprised"); the sentence's end when there is none.
 */
function subjectVerbAt(tokens: Token[], from: number, which: 'first' | 'second'): number {
  let skip = which === 'second' ? 1 : 0;
  for (let k = from + 1; k < tokens.length; k++) {
    if (!isWord(tokens[k]) || !(isFinite(tokens[k]) || LINKING_VERBS.has(tokens[k].lower) || (isPastForm(tokens[k].lower) && !tokens[k].cap && isWord(tokens[k - 1]) && !AUXILIARIES.has(tokens[k - 1].lower) && !DETERMINERS.has(tokens[k - 1].lower)))) continue;
    if (skip-- > 0) continue;
    return k;
  }
  return tokens.length;
}

/** Does a phrase naming somebody, no pronoun, open at `k` and a verb in the past follow it ("the other side | flagged")? */
function otherPartyActs(tokens: Token[], k: number): boolean {
  const actor = actorAt(tokens, k);
  return !!actor && isWord(actor.np[0]) && !isPronoun(actor.np[0]) && isPastForm(actor.verb.lower);
}

/** A personal pronoun that can be a subject ("she", "they"). */
const isPronounSubject = (t: Token | undefined): boolean => !!t && (t.lower === 'he' || t.lower === 'she' || t.lower === 'they' || t.lower === 'it' || t.lower === 'we');

/** Most words of a leading adverbial before "according to X," ("At one point", "Late on Friday"). */
const MAX_LEAD_ADVERBIAL = 5;
/** Words that open a condition, a time limit or a reason that goes on a speaker's words past their cue ("…, he said, until the board resigns"). */
const CONTINUING_SUBORDINATORS: ReadonlySet<string> = new Set(['until', 'unless', 'because', 'if']);
/** Words that join a second reported clause after the comma closing a cue ("…, she said, and …"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Does a second reported clause follow the comma closing a cue, at `after`: "and"/"but" and a clause
 * of its own ("…, she said, and a collapse could not be ruled out")? Not the speaker's next act ("…,
 * said, but maintained that …" opens with a verb), nor after "according to X".
 */
const joinedClauseAfter = (tokens: Token[], after: number, cue: Cue): boolean =>
  isComma(tokens[after]) && !cue.entry.sourceFollows && CLAUSE_JOINERS.has(tokens[after + 1]?.lower ?? '') && !!tokens[after + 2] && !isVerbish(tokens[after + 2]) && looksLikeClause(tokens, after + 2);

/** Pronouns that, standing alone after a reporting verb, are its object ("says it,"), not a clause. */
const LONE_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her']);
/** Words of quantity that are a verb's object ("said little when …") unless a verb of their own follows ("said nothing had changed"). */
const QUANTITY_OBJECTS: ReadonlySet<string> = new Set(['little', 'nothing', 'much']);

/** Conjunctions that join what follows, never end a clause ("saying a deal was possible | but warning …"). */
const TRAILING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or']);

/** Signs that belong to the number before them ("15%", "30°"). */
const NUMBER_SIGNS: ReadonlySet<string> = new Set(['%', '‰', '°']);

/** Trims trailing punctuation and conjunctions from a token range end (exclusive); a number's sign stays ("more than 15%"). */
function trimEnd(tokens: Token[], from: number, to: number): number {
  const sign = (k: number): boolean => NUMBER_SIGNS.has(tokens[k].text) && k > from && /\d$/.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start;
  while (to > from && ((tokens[to - 1].kind === 'punct' && !sign(to - 1)) || (tokens[to - 1].kind === 'word' && TRAILING_CONJUNCTIONS.has(tokens[to - 1].lower)))) to--;
  return to;
}

/** Can this word open a subject's noun phrase: a determiner, or a capitalised word that is no function word ("the", "Varia")? */
const opensNounPhrase = (t: Token | undefined): boolean => isWord(t) && (DETERMINERS.has(t.lower) || (t.cap && !isStopCapitalised(t)));

/** Most words of the subject of a second absolute construction ("and | the liberal party | refusing"). */
const MAX_SECOND_ABSOLUTE_SUBJECT = 4;

/**
 * Where a second absolute construction joined by "and" starts inside the content `[from, end)` of
 * one ("with the Greens insisting on a timetable | and the liberal party refusing any new taxes"):
 * "and", a short noun phrase, then a participle; else `end`.
 */
function secondAbsolute(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (tokens[k].lower !== 'and') continue;
    const first = tokens[k + 1];
    if (!opensNounPhrase(first)) continue;
    for (let m = k + 2; m < end && m - k - 1 <= MAX_SECOND_ABSOLUTE_SUBJECT; m++) {
      const t = tokens[m];
      if (!isWord(t)) break;
      if (/\p{Ll}ing$/u.test(t.text) && m > k + 2) return isComma(tokens[k - 1]) ? k - 1 : k;
    }
  }
  return end;
}

/**
 * Where the content of a cue inside a relative clause set off by commas ends: at the comma that
 * closes the clause before the main verb ("Ben Ruiz, who had threatened to quit if the deal passed,
 * | voted against it"); else the sentence's end.
 */
function relativeClauseEnd(tokens: Token[], cue: Cue | undefined, from: number): number {
  if (!cue) return tokens.length;
  // (The source may stand for the relative pronoun: "Ben Ruiz, who …" reads "Ben Ruiz".)
  let r = cue.at - 1;
  while (r > cue.from && !(RELATIVES.has(tokens[r].lower) && isComma(tokens[r - 1]))) r--;
  if (r <= cue.from) return tokens.length;
  for (let k = from + 1; k < tokens.length - 1; k++) {
    const next = tokens[k + 1];
    if (isComma(tokens[k]) && isWord(next) && !next.cap && (FINITE_VERBS.has(next.lower) || isPastForm(next.lower))) return k;
  }
  return tokens.length;
}

/** The label of an interview's answer ("A: …"). */
const ANSWER_LABEL = 'A';

/** A transcript line's label ("REYES:"): one word in capitals, no place ("LONDON:" opens a dateline), then a colon and words; lower-case. */
function transcriptLabel(tokens: Token[]): string | null {
  const w = tokens[0];
  if (!w || w.kind !== 'word' || w.text.length < 2 || w.text !== w.text.toUpperCase() || !/^\p{Lu}/u.test(w.text) || tokens[1]?.text !== ':' || !tokens[2]) return null;
  return PLACES.has(w.lower) || isStopCapitalised(w) ? null : w.lower;
}

/** The end of a sentence that is a quotation closed after its own mark ("… now?” "), before the next sentence. */
const QUOTE_ENDS_SENTENCE = /[.!?][”"’']\s*$/;

/** Words after a comma by which the writer sets the words reported against the news ("…, despite growing unease"). */
const WRITERS_ADJUNCTS: ReadonlySet<string> = new Set(['despite', 'amid', 'notwithstanding']);

/** The commas that open the writer's "despite …" or "amid …" ("would be put to a vote, despite growing unease"), in order. */
function writersAdjuncts(tokens: Token[]): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < tokens.length - 1; k++) if (isComma(tokens[k]) && WRITERS_ADJUNCTS.has(tokens[k + 1].lower)) cuts.push(k);
  return cuts;
}

/**
 * Finds the reported speech of one sentence: quotations with their cues, unquoted speech before a
 * trailing "..., she said", and reported clauses after "said that", "called for", "warned against".
 */
export function sentenceCandidates(text: string, sentence: Sentence, tokens: Token[] = tokenize(text, sentence, sentence.quotes)): Candidate[] {
  return new SentenceReader(text, sentence, tokens).read();
}

/** Reads one sentence's candidates: each cue in order takes its content, then leftover quotations. */
class SentenceReader {
  private readonly out: Candidate[] = [];
  /** Where the writer goes on with what the speaker did besides speaking (see `speakerActCuts`), worked out once. */
  private actCuts: number[] | undefined;
  /** Where the writer's "despite …" or "amid …" opens after a comma (see `writersAdjuncts`), worked out once. */
  private adjunctCuts: number[] | undefined;
  /** Quote token indexes already attributed. */
  private readonly claimed = new Set<number>();
  /** Tokens taken as content. */
  private readonly claimedTokens: Uint8Array;
  /** End of the last content range. */
  private claimedEnd = 0;
  /** The cues, each with its inherited source once it has been read. */
  private readonly cues: Cue[];
  /** Index of the sentence's last quotation token, or -1, found once (see `quoteFrom`). */
  private lastQuote: number | undefined;

  constructor(private readonly text: string, private readonly sentence: Sentence, private readonly tokens: Token[]) {
    this.claimedTokens = new Uint8Array(tokens.length);
    this.cues = findCues(tokens);
  }

  read(): Candidate[] {
    const { cues, tokens } = this;
    // "A: I think so. …": an interview's answer, opening its paragraph, is speech to the paragraph's end.
    if (this.sentence.start === 0 && tokens[0]?.text === ANSWER_LABEL && tokens[1]?.text === ':' && tokens[2]) {
      this.out.push({ start: tokens[2].start, end: this.text.trimEnd().length, kind: 'unquoted', cue: null, sentence: this.sentence, answer: true });
      return this.out;
    }
    // "REYES: I believe we are close. …": a transcript's line, a surname in capitals and a colon opening
    // its paragraph, is that person's speech to the paragraph's end (the speakers stage keeps it only
    // for someone the text names). A line that ends in a question is the interviewer's, no speech.
    // ("CHANDIGARH: The talks failed, with the unions rejecting …": a line whose own cue names someone
    // else who speaks is the writer's, after a dateline in capitals no list of places holds.)
    const label = this.sentence.start === 0 ? transcriptLabel(tokens) : null;
    const narrated = !!label && cues.some((c) => !!c.source?.length && !FIRST_PERSON.has(c.source[0].lower) && c.source[0].lower !== 'you');
    if (label && !narrated && !this.text.trimEnd().endsWith('?')) {
      this.out.push({ start: tokens[2].start, end: this.text.trimEnd().length, kind: 'unquoted', cue: null, sentence: this.sentence, label });
      return this.out;
    }
    // "Zelensky: Ukraine will never trade land for peace": a headline's lone capitalised word before a
    // colon, then a clause with no quotation, is that person's words, if the text names a person of
    // that surname (the speakers stage checks; "Brexit: talks resume" names nobody).
    const surname = this.headlineSurname();
    if (surname) {
      // ("Ruiz: deal “within reach”": with a quotation in the clause, the quotation is the quoted words.)
      const quoted = tokens.findIndex(isQuote);
      if (quoted >= 0) {
        const q = tokens[quoted].quote!;
        this.claimed.add(quoted);
        this.out.push({ start: q.start, end: q.end, kind: 'partial', cue: null, sentence: this.sentence, label: surname });
      } else this.out.push({ start: tokens[2].start, end: tokens[trimEnd(tokens, 2, tokens.length) - 1].end, kind: 'unquoted', cue: null, sentence: this.sentence, label: surname });
      return this.out;
    }
    if (this.readHowAfterDash()) return this.out;
    // ", and lawmakers passed a resolution urging …": a participle on a clause of its own takes that
    // clause's subject, which starts the cue (and ends what the cue before reports).
    for (let ci = 0; ci < cues.length; ci++) {
      const own = cues[ci].side === 'inherit' && !cues[ci].source ? coordinatedSubject(tokens, cues[ci - 1]?.at ?? 0, cues[ci].at) : null;
      if (own) cues[ci] = { ...withSource(cues[ci], own), from: tokens.indexOf(own[0]) };
    }
    for (let ci = 0; ci < cues.length; ci++) {
      if (this.claimedTokens[cues[ci].at] === 1) continue;
      // "..., calling for", "... but warned against": the subject of the sentence, or of the cue before.
      if (cues[ci].side === 'inherit' && !cues[ci].source) cues[ci] = withSource(cues[ci], cues[ci - 1]?.source ?? subjectPhrase(tokens, cues[ci].at));
      this.readCue(ci);
    }
    this.readLeftovers();
    if (!cues.length && !this.out.length) this.readSoSaid();
    if (!cues.length && !this.out.length) this.readIntroduced();
    if (!cues.length && !this.out.length) this.readWordsOf();
    if (!cues.length && !this.out.length) this.readCreditLine();
    if (!cues.length && !this.out.length) this.readMessageColon();
    // Two cues may reach the same words; each stretch of text is reported once.
    this.out.sort((a, b) => a.start - b.start || b.end - a.end);
    let end = -1;
    return this.out.filter((c) => {
      if (c.introduces || c.refersBack) return true;
      if (c.start < end) return false;
      end = c.end;
      return true;
    });
  }

  /** Where the content after cue `ci` starts (a clause, a particle's object, "of" after "accused"), or -1. */
  private contentAfter(ci: number, after: number): number {
    const { tokens } = this;
    const cue = this.cues[ci];
    const next = tokens[after];
    if (!next || cue.entry.sourceFollows) return -1;
    // "She laughs when she says it, but …": a pronoun alone as the object is no clause.
    if (next.kind === 'word' && LONE_OBJECTS.has(next.lower) && (!tokens[after + 1] || tokens[after + 1].kind === 'punct')) return -1;
    // ("The banner says it all"; "What he said next surprised everyone": "what" before the speaker is the verb's object.)
    if (next.lower === 'it' && tokens[after + 1]?.lower === 'all') return -1;
    if (tokens[cue.from - 1]?.lower === 'what' && !cue.entry.quoteServesForNeed && !cue.entry.contentAfter) return -1;
    if (next.kind === 'word' && QUANTITY_OBJECTS.has(next.lower) && !(tokens[after + 1] && isFinite(tokens[after + 1]))) return -1;
    if (next.lower === 'that') {
      const word = tokens[after + 1];
      // ("Some workers said that was a deal-breaker": a finite verb after "that" makes it the subject of the words.)
      // ("told reporters after a meeting with senators that ran late": after a phrase the object took along, "that" and a
      // verb are a relative clause on its last noun; nothing is reported.)
      // ("said after a day of talks that he described as “difficult”": so are "that", a pronoun and a verb of naming.)
      const adjunct = after > cue.to + 1;
      if (adjunct && tokens.slice(cue.to + 1, after).some((t) => PREPOSITIONS.has(t.lower)) && relativeVerbAt(tokens, after + 1)) return -1;
      if (adjunct && !!word && isPronoun(word) && this.cues.some((c) => c.at === after + 2 && c.entry.quoteServesForNeed)) return -1;
      if (THAT_SUBJECT_VERBS.has(word?.lower ?? '')) return after;
      // ("reiterated that position on Sunday", "disputed that account.": "that" before a lone noun points at it; nothing is reported.)
      const past = tokens[after + 2];
      if (isWord(word) && !word.cap && !DETERMINERS.has(word.lower) && !isPronoun(word) && (!past || past.kind === 'punct' || ADJUNCT_PREPOSITIONS.has(past.lower)) && !looksLikeClause(tokens, after + 1)
        // ("said that talks on a truce between Ruvania and Tarsk had made progress": a long subject's verb comes later.)
        && !(past && ADJUNCT_PREPOSITIONS.has(past.lower) && finiteBeforePunct(tokens, after + 1))) return -1;
      // ("acknowledged that and said …", "said that, too": "that" as the object itself opens nothing.)
      return isQuote(word) || (isWord(word) && !COORDINATORS.has(word.lower)) ? after + 1 : -1;
    }
    // "dismissed suggestions that …": the claim answered, noun and clause.
    const claim = cue.entry.propositions ? propositionAt(tokens, after) : -1;
    if (claim >= 0) return claim;
    if (cue.entry.contentAfter) {
      let k = after;
      // ("slammed the deal for …" or "slammed the deal as …": whichever word the verb needs comes first.)
      const opens = (t: Token): boolean => t.lower === cue.entry.contentAfter || !!cue.entry.needs?.includes(t.lower);
      while (k < tokens.length && !opens(tokens[k])) k++;
      // ("branded the offer an insult": no "as"; the object and what it is named are the content.)
      if (k >= tokens.length) return cue.entry.namesWithNoun && predicateNounAt(tokens, after) ? after : -1;
      // "Nurses reject pay offer as strike action escalates": in a headline (no closing stop), "as"
      // with no quotation after it is a conjunction more often than a naming.
      if (this.isHeadline() && tokens[k].lower === 'as' && !tokens.slice(k + 1).some(isQuote)) return -1;
      // "described the meeting as constructive": a short complement says what it does of its object; both are the content.
      // (Nothing after it is its own: "criticised both parties for what X called “…”".)
      const end = this.contentEnd(ci, k + 1);
      if (end <= k + 1) return -1;
      return wordCount(tokens, k + 1, end, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS ? cue.to + 1 : k + 1;
    }
    if (next.kind !== 'word' || cue.side === 'right') return -1;
    // ("warned members against expecting too much": the verb's particle after its object opens the content.)
    if (after > cue.to + 1 && next.lower !== 'that' && cue.entry.particles?.includes(next.lower) && isWord(tokens[after + 1])) return after + 1;
    // "reiterated its commitment to ...", "expressed disappointment that ...": a phrase of stance.
    if (cue.entry.nominalContent && speechNounAt(tokens, after)) return after;
    if (cue.entry.needsNominal) return -1;
    // "called for", "warned against" (but "quoted as saying" still needs a clause after it)
    const particleTaken = cue.to > cue.at && !cue.entry.weakWithoutThat;
    // ("vowed not to back down": a negated infinitive too.)
    const toInfinitive = (next.lower === 'to' || (next.lower === 'not' && tokens[after + 1]?.lower === 'to')) && !!cue.entry.takesInfinitive;
    // ("Dublin warns London over protocol changes": after a verb that takes an object, words with no verb are its object.)
    const weak = cue.entry.weakWithoutThat || (cue.entry.withObject && !this.quoteFrom(after));
    // ("laws which fishermen claim are unfair": in a relative clause, what the verb reports has the relative pronoun as its subject;
    // not inside what a verb before it reports: "saying it would seek clarification on the comments that it noted were …" is one.)
    const relative = ci === 0 && cue.side === 'left' && RELATIVE_SUBJECTS.has(tokens[cue.from - 1]?.lower ?? '') && FINITE_VERBS.has(next.lower);
    const clause = (!CONTENT_BLOCKERS.has(next.lower) || conditionalClause(tokens, after) || isQuantityLimit(tokens, after)) && (!weak || relative || looksLikeClause(tokens, after));
    // "urged the opposition to reconsider": a short infinitive takes its object along, as the one told to act.
    if (toInfinitive && after > cue.to + 1 && wordCount(tokens, after, this.contentEnd(ci, after)) < MIN_CONTENT_WORDS) return cue.to + 1;
    return particleTaken || toInfinitive || clause ? after : -1;
  }

  /** Reads what cue `ci` attributes: content after it, a quotation after it, or words before it. */
  private readCue(ci: number): void {
    const { tokens } = this;
    const cue = this.cues[ci];
    // With a particle taken ("warned against"), what follows is the content, not an object.
    const after = cue.to > cue.at ? cue.to + 1 : skipRightAdjuncts(tokens, cue.to + 1, cue.entry);
    const next = tokens[after];
    const isColon = !!next && next.kind === 'punct' && next.text === ':';
    let directAfter = -1;
    let contentFrom = -1;
    if (isColon && isQuote(tokens[after + 1])) directAfter = after + 1;
    else if (isColon && cue.side !== 'right' && /^\p{Lu}/u.test(tokens[after + 1]?.text ?? '') && wordCount(tokens, after + 1, tokens.length, MIN_UNQUOTED_WORDS) >= MIN_UNQUOTED_WORDS) {
      // "Moss said: We are doing all we can ...": speech after a colon, without quotation marks.
      this.attachBefore(cue);
      this.emitContent(after + 1, tokens.length, 'unquoted', cue);
      return;
    }
    else if (isQuote(next) && cue.side !== 'right') directAfter = after;
    else if (next && BACK_REFERENCES.has(next.lower) && !looksLikeClause(tokens, after) && this.quoteBefore(cue) < 0) {
      // "“…” Moss said this on Monday.": the words are the quotation before this sentence.
      this.pointBack(next, cue);
    }
    // ("Lind said the same about the river crossings": saying what another said gives no words of one's own.)
    else if (!saysTheSame(tokens, after)) contentFrom = this.contentAfter(ci, after);
    // "“…,” Delgado said outside the union hall.": after a quotation's cue, words with no verb of their own are no speech.
    // ("… as “businesslike” and said he expected a vote": a coordinated verb's quotation is its partner's.)
    const quoted = !!cue.source && !cue.entry.contentAfter && cue.to === cue.at && this.quoteBefore(cue) >= 0 && !COORDINATORS.has(tokens[cue.from].lower);
    if (quoted && contentFrom >= 0 && tokens[contentFrom - 1]?.lower !== 'that' && !looksLikeClause(tokens, contentFrom) && !this.quoteFrom(contentFrom)) contentFrom = -1;
    if (contentFrom >= 0 && tokens[contentFrom] && wordCount(tokens, contentFrom, tokens.length, 1) >= 1) {
      // A quote right before the cue still belongs to it ("“...,” Marek said on Thursday, adding ...").
      this.attachBefore(cue);
      // (A headline's colon stands for the verb and gives the words as they were spoken: "Union chief: We will not back down".)
      this.emitContent(contentFrom, beforeSourceNote(tokens, contentFrom, this.contentEnd(ci, contentFrom)), cue.verb.text === ':' ? 'unquoted' : 'indirect', cue);
      return;
    }
    if (isColon && after + 1 >= tokens.length) {
      // "He said:" closing a paragraph: the quotation follows in the next one.
      this.out.push({ start: next.start, end: next.start, kind: 'direct', cue, sentence: this.sentence, introduces: true });
      return;
    }
    if (directAfter >= 0) {
      this.attachBefore(cue);
      const lead = tokens[directAfter - 1];
      if (lead && QUOTE_ADJUNCT_PREPOSITIONS.has(lead.lower) && looksLikeClause(tokens, directAfter + 1)) {
        // "said after “a week of talks” progress was made": the quote sits in an adjunct; the
        // reported clause follows it.
        this.emitQuote(directAfter, 'partial', cue);
        this.emitContent(directAfter + 1, tokens.length, 'indirect', cue);
        return;
      }
      this.emitQuote(directAfter, quoteKind(tokens, directAfter, !cue.entry.namesWithNoun), cue);
      return;
    }
    this.readBefore(ci, after);
  }

  /**
   * The end of content that starts at `from` after cue `ci`: where a coordinated verb ("... and
   * warned that") or a new clause with a speaker of its own (", but conservatives warned ...") begins.
   */
  private contentEnd(ci: number, from: number): number {
    this.actCuts ??= speakerActCuts(this.tokens);
    this.adjunctCuts ??= writersAdjuncts(this.tokens);
    const next = this.actCuts[lowerBound(this.actCuts, from + 1, (k) => k)];
    const adjunct = this.adjunctCuts[lowerBound(this.adjunctCuts, from + 1, (k) => k)] ?? this.tokens.length;
    const cue = this.cues[ci];
    const end = Math.min(this.cueContentEnd(ci, from), next ?? this.tokens.length, coordinatedAct(this.tokens, from), cue?.subjectNominal ? subjectVerbAt(this.tokens, from, cue.subjectNominal) : this.tokens.length,
      relativeClauseEnd(this.tokens, cue, from), adjunct);
    return cue?.opensAt !== undefined ? Math.min(end, secondAbsolute(this.tokens, from, end)) : end;
  }

  /** Where the content that starts at `from` ends before the next cue's clause; else the sentence's end. */
  private cueContentEnd(ci: number, from: number): number {
    const { tokens } = this;
    for (let n = ci + 1; n < this.cues.length; n++) {
      const c = this.cues[n];
      // ("called out the board's statement saying “…”": a participle after another's document reports
      // that one's words; the content before ends where the owner is named.)
      if (c.side === 'left' && c.from >= from && c.verb.lower.endsWith('ing') && !!c.source?.length && isPossessive(tokens[c.from + c.source.length - 1])) return c.from;
      if (c.from <= from) {
        // "Lutz, who has said she will not join, said ...": the content of the relative clause
        // ends at the comma that closes it, before the main verb.
        if (c.at > from) for (let k = c.at - 1; k > from; k--) if (isComma(tokens[k])) return k;
        continue;
      }
      // "..., with the head of the union, Rui Costa, warning": the absolute construction starts a new clause.
      if (c.opensAt !== undefined && c.opensAt > from) return c.opensAt;
      // "… trade rules that he said favour …": a reporting clause inside a restrictive relative
      // clause is speech of its own; the content before it ends at the relative word.
      const lead = tokens[c.from - 1];
      const restrictive = !!lead && (RELATIVES.has(lead.lower) || lead.lower === 'that') && !isComma(tokens[c.from - 2]);
      if (c.side === 'left' && c.from - 1 > from && restrictive) return c.from - 1;
      // ("…, a step critics have described as “…”": a noun set off after a comma, then a relative
      // clause without "that" whose speakers name it; the content before ends at the comma.)
      const noun = c.side === 'left' ? nounBeforeRelative(tokens, c.from) : -1;
      if (noun > from) return noun;
      // ("said they were close to a deal, even as conservatives in the House signaled …": a clause the
      // writer opens with a conjunction after a comma, whose own subject speaks, is no part of it.)
      let m = c.from - 1;
      while (m > from && isWord(tokens[m]) && CLAUSE_CONJUNCTIONS.has(tokens[m].lower)) m--;
      if (c.side === 'left' && !!c.source?.length && m < c.from - 1 && m > from && isComma(tokens[m])) return m;
      // (Its subject may be a post with the name set off after it: "…, while the city's labor commissioner, Janet Okafor, said".)
      if (c.side === 'left' && !!c.source?.length && isComma(tokens[c.from - 1])) {
        let r = c.from - 2;
        while (r > from && c.from - r <= MAX_POST_BEFORE_NAME && isWord(tokens[r]) && !CLAUSE_CONJUNCTIONS.has(tokens[r].lower)) r--;
        if (r > from + 1 && CLAUSE_CONJUNCTIONS.has(tokens[r].lower) && isComma(tokens[r - 1])) return r - 1;
      }
      // "He said the talks were useful; she said they were a waste of time": a clause after a semicolon with a speaker of its own.
      // ("said the talks remained deadlocked and some of them threatened to boycott …": or after "and".)
      if (c.side === 'left' && c.from - 1 > from && (tokens[c.from - 1].text === ';' || (tokens[c.from - 1].lower === 'and' && !!c.source?.length))) return c.from - 1;
      // ("Mendes has told the club that Neves wants to move, people familiar with the talks said.": a
      // source and its verb closing the sentence after a comma tell where the whole sentence comes from.)
      if (c.side === 'left' && c.from - 1 > from && isComma(tokens[c.from - 1]) && tokens.slice(c.to + 1).every((t) => t.kind === 'punct')) return c.from - 1;
      // "… criticised both parties for what co-leader Ana Berg called “…”": a naming clause opened by
      // "what" is its own speaker's.
      if (c.side === 'left' && c.from - 1 >= from && tokens[c.from - 1].lower === 'what' && c.entry.quoteServesForNeed) return c.from - 1;
      // "While the minister said a deal was close, her deputy argued …": after a sentence-opening
      // subordinate clause, the main clause's speaker starts after the comma.
      if (c.side === 'left' && c.from - 1 > from && isComma(tokens[c.from - 1]) && SUBORDINATORS.has(tokens[0].lower)) return c.from - 1;
      // (An inherited participle's clause starts at the cue, or at the comma before its own subject's "and".)
      const clause = newClause(tokens, c.from);
      const cut = c.side === 'inherit' && clause <= from ? c.from : clause;
      if (cut > from) return cut;
    }
    return tokens.length;
  }

  /** No content after the cue: the words come before it ("..., she said." / "“...,” he added."). */
  private readBefore(ci: number, after: number): void {
    const { tokens } = this;
    const cue = this.cues[ci];
    const attached = this.attachBefore(cue);
    // A quotation after the cue continues the speech ("“For me,” he said, “it is clear.”").
    let k = after;
    if (isComma(tokens[k])) k++;
    // (Going on from a direct quotation before the cue, it is direct too, whatever its first letter: "“However,” he said, “we are …”".)
    const goesOn = attached && this.out[this.out.length - 1]?.kind === 'direct';
    if (isQuote(tokens[k])) this.emitQuote(k, goesOn ? 'direct' : quoteKind(tokens, k, true), cue);
    // ("The firm had “used hunger as a weapon”, he said, and the union would not forget it": after a
    // quoted fragment inside the speaker's clause, a clause joined by "and" or "but" is reported too.)
    const fragment = attached && this.quoteBefore(cue) > 0;
    if (fragment && !cue.entry.contentAfter && joinedClauseAfter(tokens, after, cue)) this.emitContent(after + 2, this.contentEnd(ci, after + 2), 'unquoted', cue);
    // "…, world leaders hailed a “new page”": a verb of naming reports its object, never the words before it.
    if (attached || cue.entry.contentAfter) return;
    // "The Dockers Union (DU), which claims 3,000 members, said": what stands before a relative
    // pronoun that speaks is who it stands for, never its words.
    if (cue.source?.length === 1 && RELATIVES.has(cue.source[0].lower)) return;
    // ("“Why now?” Lee Park said.": a quotation ending in its own mark ends its sentence; a sentence of only a
    // speaker and a verb right after it reports that quotation.)
    if (cue.from === 0 && cue.side === 'left' && !!cue.source?.length && tokens.slice(after).every((t) => t.kind === 'punct') && QUOTE_ENDS_SENTENCE.test(this.text.slice(Math.max(0, this.sentence.start - 3), this.sentence.start))) {
      this.pointBack(tokens[0], cue);
      return;
    }
    // "Across the table, the employers' bargainer had conceded the last point": a verb with an object
    // of its own (no clause, no speech) reports nothing before it either.
    if (isWord(tokens[after]) && PHRASE_OPENERS.has(tokens[after].lower) && cue.side !== 'right' && !cue.entry.sourceFollows && !cue.entry.withObject && !cue.entry.addressee) return;
    // ("At one point, according to two people in the room, a negotiator walked out": after a leading adverbial too.)
    const leads = cue.from === 0 || (isComma(tokens[cue.from - 1]) && cue.from - 1 <= MAX_LEAD_ADVERBIAL && !tokens.slice(0, cue.from - 1).some((t) => t.kind !== 'word' || FINITE_VERBS.has(t.lower) || VERB_FORMS.has(t.lower) || /ed$/.test(t.lower)));
    if (cue.entry.sourceFollows && leads && isComma(tokens[after])) {
      // "According to X, ...": the clause after the comma.
      this.emitContent(after + 1, this.contentEnd(ci, after + 1), 'indirect', cue);
      return;
    }
    const gap = cue.from - 1;
    // "..., terming the strike ‘illegal’": what comes before a participle is not its speech.
    if (!isComma(tokens[gap]) || (cue.side === 'inherit' && cue.verb.lower.endsWith('ing'))) return;
    // "WASHINGTON — The talks collapsed, officials said.": the dateline is no part of the speech.
    // ("Ana Ruiz was more pointed: Varia would not accept it, she said": nor is the writer's clause
    // about somebody before a colon; "The choice is simple: …, she said" names nobody before it.)
    let start = Math.max(this.claimedEnd, datelineEnd(tokens));
    let colon = gap - 1;
    while (colon > start && tokens[colon].text !== ':') colon--;
    if (colon > start && namesSomebody(subjectPhrase(tokens.slice(start, colon), colon - start))) start = colon + 1;
    const lead = tokens[gap - 1];
    const subordinate = (!!lead && RELATIVES.has(lead.lower)) || lead?.lower === 'that';
    if (subordinate || wordCount(tokens, start, gap, MIN_UNQUOTED_WORDS) < MIN_UNQUOTED_WORDS) {
      // "... to which, Ms Lind said, her country was not invited."
      if (!isComma(tokens[after])) return;
      // ("The “historic” deal, as Kell put it, was signed at midnight": "as X put it" after a quotation
      // credits its wording; the rest is the writer's.)
      if (PUT_IT.has(cue.verb.lower) && tokens.slice(start, gap).some(isQuote)) return;
      // "The sanctions, he said, contribute to ...": speech split by its cue; the subject before is
      // a piece of it too.
      const subjectPiece = (start === 0 || tokens[start - 1]?.text === ':') && !cue.entry.sourceFollows && !subordinate && wordCount(tokens, start, gap, MIN_SPLIT_PIECE_WORDS) >= MIN_SPLIT_PIECE_WORDS
        && opensNounPhrase(tokens[start]);
      // ("The offer, the union said, “falls far short”", "The talks, he wrote, were “a reward …”": when the
      // rest quotes the speaker, the subject is the writer's.)
      // ("The offer, Ruiz insisted, was the best the firm could do": a finite verb right after the cue is the subject's predicate.)
      const predicate = isFinite(tokens[after + 1]);
      const piece = subjectPiece && (predicate || !looksLikeClause(tokens, after + 1)) && !tokens.slice(after + 1).some(isQuote);
      if (piece) this.emit(start, gap, 'unquoted', cue);
      // (It ends where another speaker's clause begins: "…, while Reyes called them “…”".)
      // ("The deal, he said, is dead": after a piece of the subject, its predicate is the rest of the words, however short.)
      this.emitContent(after + 1, this.contentEnd(ci, after + 1), 'unquoted', cue, piece && predicate ? 1 : MIN_CONTENT_WORDS);
      return;
    }
    // ("The talks are, Lee said, “a marathon”": words that stop at a verb wanting its complement, which
    // the quotation after the cue gives, are the writer's frame of that quotation.)
    if (isQuote(tokens[k]) && FINITE_VERBS.has(lead?.lower ?? '')) return;
    let s = start;
    while (s < gap && tokens[s].kind === 'punct') s++;
    // ("The board's new chairman, he argued, “is counting money that does not exist”": a subject alone, no
    // verb of its own, whose predicate the quotation after the cue gives, is the writer's frame of it, as when shorter.)
    if (isQuote(tokens[k]) && opensNounPhrase(tokens[s]) && tokens.slice(s, gap).every((t) => isWord(t) && (t.cap || !/(?:ed|ing)$/.test(t.lower))) && !finiteBeforePunct(tokens, s - 1)) return;
    // A leading adverbial ("During the talks, the leaders explained ...") is not speech; the clause
    // after its comma may be ("With a week to go, the two sides remain far apart, sources said").
    if (opensClause(tokens, s, gap)) {
      this.emitContent(s, gap, 'unquoted', cue);
      // ("What the union wants, Ruiz said, is respect": a verb right after the cue's comma goes on the words before it;
      // "…, he said, but the key question is who pays": so does a clause joined by "and" or "but".)
      if (isComma(tokens[after]) && isFinite(tokens[after + 1])) this.emitContent(after + 1, this.contentEnd(ci, after + 1), 'unquoted', cue);
      // (Not after "according to X": "…, according to sources, but the club is holding out" turns to the writer's words.)
      else if (joinedClauseAfter(tokens, after, cue)) this.emitContent(after + 2, this.contentEnd(ci, after + 2), 'unquoted', cue);
      // ("Nothing will change, according to Hale, until the board resigns": a condition or a reason after the cue's comma goes on the words.)
      else if (isComma(tokens[after]) && CONTINUING_SUBORDINATORS.has(tokens[after + 1]?.lower ?? '')) this.emitContent(after + 1, this.contentEnd(ci, after + 1), 'unquoted', cue);
    } else {
      const c = tokens.findIndex((t, k) => k > s && k < gap && isComma(t));
      if (c > 0 && opensNounPhrase(tokens[c + 1]) && wordCount(tokens, c + 1, gap, MIN_UNQUOTED_WORDS) >= MIN_UNQUOTED_WORDS && opensClause(tokens, c + 1, gap)) {
        this.emitContent(c + 1, gap, 'unquoted', cue);
      }
    }
  }

  /** The quotation token right before cue `cue` (a comma may stand between), or -1. */
  private quoteBefore(cue: Cue): number {
    let k = cue.from - 1;
    if (isComma(this.tokens[k])) k--;
    return isQuote(this.tokens[k]) ? k : -1;
  }

  /** Attaches the quotation just before a cue ("“...,” he said") and says whether there was one. */
  private attachBefore(cue: Cue): boolean {
    const k = this.quoteBefore(cue);
    if (k < 0 || this.claimed.has(k)) return false;
    this.emitQuote(k, quoteKind(this.tokens, k, true), cue);
    return true;
  }

  /** Quotations left over: the nearest cue of the sentence, else carried over from the previous speaker. */
  private readLeftovers(): void {
    const { tokens, cues } = this;
    tokens.forEach((t, k) => {
      if (!isQuote(t) || this.claimed.has(k) || isTitleQuote(tokens, k) || this.claimedTokens[k] === 1) return;
      const reply = k === 0 && !cues.length ? this.replyFrom() : null;
      if (reply) {
        this.emitQuote(k, quoteKind(tokens, k, false), reply);
        return;
      }
      if (cues.length) {
        // Cues are in text order: the nearest is one of the two around the quotation.
        const lo = lowerBound(cues, k, (c) => c.from);
        const around = [cues[lo - 1], cues[lo]].filter((c): c is Cue => !!c);
        const dist = (c: Cue): number => Math.min(Math.abs(c.from - k), Math.abs(c.to - k));
        this.emitQuote(k, quoteKind(tokens, k, false), around.reduce((a, b) => (dist(b) < dist(a) ? b : a)));
        return;
      }
      const q = t.quote!;
      const content = this.text.slice(q.start, q.end);
      const words = quoteWords(this.text, t);
      // "“(But) this was never about pay.”": an editor's bracket may open the sentence.
      const sentenceLike = /^[([]?\p{Lu}/u.test(content) && (words >= MIN_CARRIED_WORDS || /[.!?,]$/.test(content)) && (k === 0 || tokens[k - 1].text === ':');
      // "Lind issued a warning to the board: “Whoever ...”": after a colon, the quotation is
      // the sentence subject's, when the subject names somebody.
      // ("For Ana Ruiz, the answer is simple: “…”": or the one whose view a sentence-opening "For X," gives.)
      const introducedBy = sentenceLike && k > 0 ? this.subjectCue(k) ?? this.viewpointCue(k) : null;
      if (introducedBy) {
        this.claimed.add(k);
        this.out.push({ start: q.start, end: q.end, kind: 'direct', cue: introducedBy, sentence: this.sentence, continued: q.continued });
        return;
      }
      if (sentenceLike) {
        this.claimed.add(k);
        this.out.push({ start: q.start, end: q.end, kind: 'direct', cue: null, sentence: this.sentence, continued: q.continued, carried: true });
        return;
      }
      // "Lopes wants a deal “as soon as possible”": a quoted phrase of a few words in a sentence whose
      // subject names somebody, with no reporting verb, is that subject's partial quote (a one- or
      // two-word phrase stays a scare quote).
      // ("Ruiz was blunt: the offer was “a disgrace”": after a colon that ends what the subject does, a shorter phrase is theirs too.)
      // ("Ruiz had one word for the offer: “insulting”.": a single word is theirs too when it alone follows the colon, ending the sentence.)
      const aloneAfterColon = tokens[k - 1]?.text === ':' && (k === tokens.length - 1 || (k === tokens.length - 2 && /^[.!]$/.test(tokens[k + 1].text)));
      const subject = words >= MIN_COLON_PARTIAL_WORDS || aloneAfterColon ? this.subjectCue(k) : null;
      // ("For Ana Ruiz, the deal is “a historic step”": or the one whose view a sentence-opening "For X," gives.)
      const cue = (subject && (words >= MIN_SUBJECT_PARTIAL_WORDS || tokens.findIndex((x, n) => n < k && x.text === ':') > subject.at) ? subject : null)
        ?? (words >= MIN_COLON_PARTIAL_WORDS ? this.viewpointCue(k, false) : null);
      if (cue) {
        this.claimed.add(k);
        this.out.push({ start: q.start, end: q.end, kind: 'partial', cue, sentence: this.sentence, continued: q.continued });
      } else if (!peopleSubject(subjectPhrase(tokens, k)) || this.isHeadline()) {
        // (Not when the sentence has people of its own as its subject: "Critics call it a “sweetheart deal”";
        // a headline's subject is who the story's first speaker speaks for: "Dockers reject ‘insulting’ offer".)
        this.claimed.add(k);
        this.out.push({ start: q.start, end: q.end, kind: 'partial', cue: null, sentence: this.sentence, continued: q.continued, fragment: true });
      }
    });
  }

  /**
   * "“We will strike.” Those were the words of union leader Ana Ruiz.", "That was the message from the
   * board.": a sentence naming whose words the quotation before it was points back to it.
   */
  private readWordsOf(): void {
    const { tokens } = this;
    const opener = tokens.slice(0, 3).map((t) => t.lower).join(' ');
    // ("“A historic step.” That is how Ana Ruiz described the deal.": whoever put it so.)
    if (HOW_OPENERS.has(opener)) {
      const cue = this.putItSo(3);
      if (cue) this.pointBack(tokens[0], cue);
      return;
    }
    // ("The verdict came from board chairman Tom Hale": so does one saying whom they came from.)
    const came = tokens[0]?.lower === 'the' && WORDS_OF_NOUNS.has(tokens[1]?.lower ?? '') && tokens[2]?.lower === 'came' ? 1 : -1;
    const noun = came > 0 ? came : tokens[3]?.lower === 'the' ? 4 : 3;
    if (came < 0 && (!WORDS_OF_OPENERS.has(opener) || !WORDS_OF_NOUNS.has(tokens[noun]?.lower ?? ''))) return;
    const cue = this.wordsFrom(noun, came > 0 ? noun + 2 : noun + 1);
    if (cue) this.pointBack(tokens[0], cue);
  }

  /**
   * Whom words came from: after "of" or "from" at `by`, the words up to a time after them ("… of the
   * dockers' union on Monday"), as a cue at the noun `noun`; else null.
   */
  private wordsFrom(noun: number, by: number): Cue | null {
    const { tokens } = this;
    if (tokens[by]?.lower !== 'of' && tokens[by]?.lower !== 'from') return null;
    const from = by + 1;
    let e = from;
    while (e < tokens.length && tokens[e].kind === 'word') e++;
    let source = tokens.slice(from, e);
    const time = source.findIndex((t, n) => n > 0 && (t.lower === 'on' || t.lower === 'in' || t.lower === 'at') && !t.cap && (DAYS.has(source[n + 1]?.lower ?? '') || TIME_WORDS.has(source[n + 1]?.lower ?? '')));
    if (time > 0) source = source.slice(0, time);
    return source.length && namesSomebody(source) ? saidCue(tokens[noun], noun, source, 'right', 0, from - 1 + source.length) : null;
  }

  /** "“Absolutely not,” was the reply from the ministry.", "“Not yet,” came the answer from Hale.": a cue for the quotation opening the sentence, else null. */
  private replyFrom(): Cue | null {
    const { tokens } = this;
    let m = 1;
    if (isComma(tokens[m])) m++;
    if (!isQuote(tokens[0]) || (tokens[m]?.lower !== 'was' && tokens[m]?.lower !== 'came') || tokens[m + 1]?.lower !== 'the' || !WORDS_OF_NOUNS.has(tokens[m + 2]?.lower ?? '')) return null;
    return this.wordsFrom(m + 2, m + 3);
  }

  /**
   * "“Out of touch with reality” — that was how Ana Ruiz described the offer.": a quotation opening the
   * sentence, a dash, then whoever put it so. True when the sentence was read so.
   */
  private readHowAfterDash(): boolean {
    const { tokens } = this;
    if (!isQuote(tokens[0]) || !isDash(tokens[1]) || !HOW_OPENERS.has(tokens.slice(2, 5).map((t) => t.lower).join(' '))) return false;
    const cue = this.putItSo(5);
    if (cue) this.emitQuote(0, quoteKind(tokens, 0, false), cue);
    return !!cue;
  }

  /** After "that was how" ending before `from`: the speaker phrase up to the reporting verb ("| Ana Ruiz | described"), as a cue; else null. */
  private putItSo(from: number): Cue | null {
    const { tokens } = this;
    const verb = tokens.findIndex((t, k) => k > from && t.kind === 'word' && !t.cap && VERB_FORMS.has(t.lower));
    const source = verb > 0 ? tokens.slice(from, verb) : [];
    return source.length && source.every((t) => t.kind === 'word') && namesSomebody(source) ? saidCue(tokens[verb], verb, source, 'left', from, verb) : null;
  }

  /**
   * "“It's a start.” ⏎ — Ruth Calloway, Labour Minister": a line of a dash, a speaker phrase and perhaps
   * a post after a comma credits the quotation before it, as a pull quote's credit does.
   */
  private readCreditLine(): void {
    const { tokens } = this;
    if (!isDash(tokens[0]) || tokens.some(isQuote)) return;
    const source = rightPhrase(tokens, 1, false);
    let e = 1 + source.length;
    if (!source.length || !namesSomebody(source) || isPronoun(source[0])) return;
    let post: Token[] = [];
    if (isComma(tokens[e])) {
      const from = e + 1;
      while (e + 1 < tokens.length && (isWord(tokens[e + 1]) || isComma(tokens[e + 1]))) e++;
      post = tokens.slice(from, e + 1);
      if (!isCreditPost(post)) return;
    }
    // (Nothing after but the line's end or a period.)
    const rest = tokens.slice(e + 1);
    if (rest.length > 1 || (rest.length === 1 && rest[0].text !== '.')) return;
    const cue = saidCue(tokens[0], 0, source, 'right', 0, e);
    if (post.length) cue.appositions = [post];
    this.pointBack(tokens[0], cue);
  }

  /**
   * "Ruiz's message to both sides was clear: get back to the table.", "The warning from the union was
   * blunt: the strike goes ahead.": whose words a noun for them names, then a colon and a clause of
   * their words with no quotation marks.
   */
  private readMessageColon(): void {
    const { tokens } = this;
    const colon = tokens.findIndex((t) => t.text === ':');
    if (colon < 2 || tokens.some(isQuote) || wordCount(tokens, colon + 1, tokens.length, MIN_UNQUOTED_WORDS) < MIN_UNQUOTED_WORDS) return;
    const noun = tokens.findIndex((t, k) => k < colon && isWord(t) && !t.cap && WORDS_OF_NOUNS.has(t.lower));
    const copula = tokens.findIndex((t, k) => k > noun && k < colon && COPULAS.has(t.lower));
    // (After the copula, a word or two of how it was put: "was clear", "was blunt and simple".)
    if (noun < 1 || copula < 0 || colon - copula > 3 || !tokens.slice(copula + 1, colon).every((t) => isWord(t) && !t.cap)) return;
    let source: Token[] = [];
    const owner = tokens[noun - 1];
    if (isPossessive(owner) && tokens.slice(0, noun).every(isWord)) source = [...tokens.slice(0, noun - 1), withoutPossessive(owner)];
    else if (tokens[noun + 1]?.lower === 'from') {
      source = rightPhrase(tokens, noun + 2, false);
      if (noun + 2 + source.length > copula) return;
    }
    if (!source.length || !namesSomebody(source)) return;
    this.emit(colon + 1, tokens.length, 'indirect', saidCue(tokens[noun], noun, source, 'left', 0, colon));
  }

  /** "“We will not back down.” So said Ana Ruiz on Monday.": the words before are the one's who said so. */
  private readSoSaid(): void {
    const { tokens } = this;
    if (tokens[0]?.lower !== 'so' || VERB_FORMS.get(tokens[1]?.lower ?? '')?.lemma !== 'say' || tokens.some(isQuote)) return;
    const source = rightPhrase(tokens, 2, false);
    if (source.length && namesSomebody(source)) this.pointBack(tokens[0], saidCue(tokens[1], 1, source, 'right', 0, 1 + source.length));
  }

  /**
   * The lone word of a headline "Word: clause", lower-case, where the clause has a verb, or one
   * quotation after a word of the writer's ("Ruiz: deal “within reach”"; right after the colon it is
   * the colon's cue's); else null.
   */
  private headlineSurname(): string | null {
    const { tokens } = this;
    const w = tokens[0];
    if (!w || !isWord(w) || !w.cap || w.text === w.text.toUpperCase() || tokens[1]?.text !== ':' || !this.isHeadline()) return null;
    if (isStopCapitalised(w) || PLACES.has(w.lower) || isPossessive(w)) return null;
    const quoted = tokens.findIndex(isQuote);
    if (quoted >= 0) return quoted > 2 && !this.quoteFrom(quoted + 1) && !isTitleQuote(tokens, quoted) ? w.lower : null;
    if (wordCount(tokens, 2, tokens.length, MIN_UNQUOTED_WORDS) < MIN_UNQUOTED_WORDS) return null;
    return tokens.slice(2).some((t) => isWord(t) && !t.cap && (isFinite(t) || /ed$/.test(t.lower) || t.lower === 'will' || t.lower === 'must')) ? w.lower : null;
  }

  /** Is the sentence a headline: no mark ends it? */
  private isHeadline(): boolean {
    return endsUnmarked(this.text.slice(this.sentence.start, this.sentence.end));
  }

  /** A cue at token `at` whose words are the quotation of the sentence before (`refersBack`). */
  private pointBack(at: Token, cue: Cue): void {
    this.out.push({ start: at.start, end: at.start, kind: 'direct', cue, sentence: this.sentence, refersBack: true });
  }

  /** A sentence in the first person with no quotation and no cue: speech if the paragraph before introduced it ("… said:"). */
  private readIntroduced(): void {
    const { tokens } = this;
    let firstPerson = false;
    for (const t of tokens) {
      if (t.kind === 'quote') return;
      firstPerson ||= t.kind === 'word' && FIRST_PERSON.has(t.lower);
    }
    if (!firstPerson || wordCount(tokens, 0, tokens.length, MIN_UNQUOTED_WORDS) < MIN_UNQUOTED_WORDS) return;
    const to = trimEnd(tokens, 0, tokens.length);
    if (to > 0) this.out.push({ start: tokens[0].start, end: tokens[to - 1].end, kind: 'unquoted', cue: null, sentence: this.sentence, carried: true, ifIntroduced: true });
  }

  /**
   * "For Ana Ruiz, the answer is simple: “…”": a sentence opening with "For" and a phrase naming somebody,
   * set off by a comma, gives that one's view; the quotation after its colon at `k` is theirs (any
   * quotation at `k`, without `afterColon`: "For Ana Ruiz, the deal is “a historic step”"). Else null.
   */
  private viewpointCue(k: number, afterColon = true): Cue | null {
    const { tokens } = this;
    if (tokens[0]?.lower !== 'for' || (afterColon && tokens[k - 1]?.text !== ':')) return null;
    const np = rightPhrase(tokens, 1);
    return np.length && isComma(tokens[1 + np.length]) && namesSomebody(np) ? saidCue(tokens[k - 1], k - 1, np, 'right', 0, np.length) : null;
  }

  /** A cue whose source is the sentence subject, for a quotation at token `k` with no reporting verb; null when the subject names nobody. */
  private subjectCue(k: number): Cue | null {
    const { tokens } = this;
    const subject = subjectPhrase(tokens, k);
    const verbAt = subject.length ? tokens.indexOf(subject[subject.length - 1]) + 1 : -1;
    // "Ruiz “stressed the importance of …” and raised …": the quotation opens with the subject's verb.
    const quotedVerb = verbAt === k && /^\p{Ll}+ed\b/u.test(this.text.slice(tokens[k].quote!.start, tokens[k].quote!.end));
    if (verbAt <= 0 || (verbAt >= k && !quotedVerb) || (tokens[verbAt].kind !== 'word' && !isComma(tokens[verbAt]) && !quotedVerb)) return null;
    // ("The message from mediator Lena Ortiz was blunt: “…”": words and whom they came from, who speaks.)
    const first = tokens.indexOf(subject[0]);
    const noun = WORDS_OF_NOUNS.has(tokens[first]?.lower ?? '') ? first : DETERMINERS.has(tokens[first].lower) && WORDS_OF_NOUNS.has(tokens[first + 1]?.lower ?? '') ? first + 1 : -1;
    const from = noun >= 0 && tokens[noun + 1]?.lower === 'from' ? rightPhrase(tokens, noun + 2, false) : [];
    if (from.length && namesSomebody(from) && noun + 2 + from.length < k) return saidCue(tokens[noun], noun, from, 'right', first, noun + 1 + from.length);
    // ("Stalemate at the “talks of the century”": a headline's noun and a preposition, no verb, name nobody.)
    if (tokens[verbAt].kind === 'word' && CONTENT_BLOCKERS.has(tokens[verbAt].lower) && !quotedVerb) return null;
    // "Therefore, he ...", "Along the same lines, ...": one word before a comma opens the sentence; it names nobody.
    if (subject.length === 1 && isComma(tokens[verbAt])) return null;
    return { verb: tokens[verbAt], at: verbAt, lemma: SUBJECT_LEMMA, entry: SUBJECT_ENTRY, source: subject, side: 'left', appositions: [], from: first, to: verbAt };
  }

  /** Does a quotation stand at or after token `k`? */
  private quoteFrom(k: number): boolean {
    if (this.lastQuote === undefined) {
      this.lastQuote = -1;
      for (let q = this.tokens.length - 1; q >= 0; q--) if (isQuote(this.tokens[q])) { this.lastQuote = q; break; }
    }
    return this.lastQuote >= k;
  }

  private emit(from: number, to: number, kind: QuoteKind, cue: Cue | null): void {
    to = trimEnd(this.tokens, from, to);
    if (to <= from) return;
    this.out.push({ start: this.tokens[from].start, end: this.tokens[to - 1].end, kind, cue, sentence: this.sentence });
  }

  private emitQuote(qi: number, kind: QuoteKind, cue: Cue | null): void {
    if (this.claimed.has(qi) || isTitleQuote(this.tokens, qi)) return;
    this.claimed.add(qi);
    const q = this.tokens[qi].quote!;
    this.out.push({ start: q.start, end: q.end, kind, cue, sentence: this.sentence, continued: q.continued });
  }

  /** Emits reported content tokens[from..to): its quotations as partial quotes, else the clause itself. */
  private emitContent(from: number, to: number, kind: QuoteKind, cue: Cue, floor = MIN_CONTENT_WORDS): void {
    const { tokens } = this;
    to = trimEnd(tokens, from, to);
    if (to <= from) return;
    this.claimedTokens.fill(1, from, to);
    this.claimedEnd = Math.max(this.claimedEnd, to);
    const quoteIdx: number[] = [];
    for (let k = from; k < to; k++) if (isQuote(tokens[k])) quoteIdx.push(k);
    if (!quoteIdx.length) {
      // ("cautioned against declaring victory": a gerund and its object after a particle make a proposal.)
      const gerund = from > 0 && tokens[from - 1].lower === 'against' && /ing$/.test(tokens[from].lower) && !tokens[from].cap;
      if (wordCount(tokens, from, to) >= (gerund ? MIN_GERUND_CONTENT_WORDS : floor)) this.emit(from, to, kind, cue);
      return;
    }
    for (const [a, b] of contentPieces(tokens, from, to)) {
      const qs = quoteIdx.filter((k) => k >= a && k < b);
      if (!qs.length) {
        // (The first piece is the reported clause itself: "said he respected nurses but that “…”"; a later
        // one is a clause as short as any: "… “a sensitive stage” but that he remained hopeful".)
        if (wordCount(tokens, a, b) >= MIN_CONTENT_WORDS) this.emit(a, b, 'indirect', cue);
        continue;
      }
      // "it was a “plain truth” that two “clear violations” took place": quoted
      // words that only modify a reported clause make one indirect quote, marks included.
      // So does a lone quoted adverb ("its board had “unanimously” turned down the bid").
      // So do names of things in quotation marks ("said the ‘Delhi Chalo’ march would resume").
      // (Not words a verb of naming gives: "…, which it called “industry-leading”" are the speaker's label, a partial quote.)
      const modifiers = qs.every((k) => isTitleQuote(tokens, k)) || (qs.length >= 2 ? qs.every((k) => quoteWords(this.text, tokens[k]) <= MAX_MODIFIER_QUOTE_WORDS && !namedBy(tokens, k)) : quotedAdverb(this.text, tokens[qs[0]]));
      if (modifiers && wordCount(tokens, a, b) - qs.length >= MIN_CONTENT_WORDS) {
        for (const k of qs) this.claimed.add(k);
        this.emit(a, b, 'indirect', cue);
        continue;
      }
      // Reported words before the first quotation, set off by a comma, a colon or a contrasting "but": a clause of their own
      // ("… would discourage migration but “were not enough”", "defended that talking is no weakness: “…”").
      // ("said he respected nurses but that “…”": a second "that" clause joined by a conjunction.)
      const q0 = qs[0];
      const joiner = tokens[q0 - 1]?.lower === 'that' && (CONTRAST_CONJUNCTIONS.has(tokens[q0 - 2]?.lower ?? '') || COORDINATORS.has(tokens[q0 - 2]?.lower ?? '')) ? q0 - 2 : q0 - 1;
      const setOff = isComma(tokens[joiner]) || tokens[joiner]?.text === ':' || CONTRAST_CONJUNCTIONS.has(tokens[joiner]?.lower ?? '') || joiner < q0 - 1;
      // ("… the participation of civil society, which she described as “the heart of this process”": a clause
      // before a relative clause that names it is reported too.)
      const naming = namingRelativeAt(tokens, q0, a);
      if (naming > a && wordCount(tokens, a, naming) >= MIN_LEAD_CLAUSE_WORDS && looksLikeClause(tokens, a)) {
        this.emit(a, naming, 'indirect', cue);
      } else if (setOff && wordCount(tokens, a, joiner) >= (joiner < q0 - 1 ? MIN_CONTENT_WORDS : MIN_LEAD_CLAUSE_WORDS) && (tokens[joiner].text !== ':' || looksLikeClause(tokens, a) || (!!cue.entry.takesInfinitive && tokens.slice(a, q0).some((t) => t.lower === 'to')))) {
        this.emit(a, joiner, 'indirect', cue);
      } else if (!setOff && ADJUNCT_QUOTE_OPENERS.has(firstQuotedWord(this.text, tokens[q0])) && wordCount(tokens, a, q0) >= MIN_LEAD_CLAUSE_WORDS && looksLikeClause(tokens, a)) {
        // ("said her party would not oppose a minority government “to prevent a crisis”": a quotation
        // that opens a purpose, a reason or a condition after a whole clause leaves the clause reported too.)
        this.emit(a, q0, 'indirect', cue);
      } else if (!setOff) {
        // ("said the league had moved on pensions and expected the union to “meet us halfway”": a whole
        // clause before a second verb of the same subject, joined by "and", is reported too.)
        const second = secondPredicateAt(tokens, a, q0, (t) => isPastForm(t.lower));
        if (second > a && wordCount(tokens, a, second) >= MIN_LEAD_CLAUSE_WORDS && looksLikeClause(tokens, a)) this.emit(a, second, 'indirect', cue);
      }
      // ("called the plan “Project Fear” again": what a verb of naming names is a fragment, capitalised or not.)
      for (const k of qs) this.emitQuote(k, quoteKind(tokens, k, k === from && !cue.entry.namesWithNoun), cue);
      // "… held in a “cordial atmosphere” and it was decided that …": a clause of its own after the last quotation.
      const tail = qs[qs.length - 1] + 2;
      const joined = tokens[tail - 1];
      // (Not a verb of the subject's own: "… “…” and thanked the nurses who had stayed" is what the speaker did.)
      const ownVerb = !!tokens[tail] && (VERB_FORMS.has(tokens[tail].lower) || /ed$/.test(tokens[tail].lower));
      // (Nor a clause with a reporting verb of its own: "…,” while the chamber praised the budget" is the chamber's act.)
      const ownCue = tokens.slice(tail, b).some((t) => VERB_FORMS.has(t.lower));
      // (Nor a phrase a preposition opens: "were “not compatible with the law” and with treaties it signed" goes on the quoted words.)
      const phrase = !!tokens[tail] && PREPOSITIONS.has(tokens[tail].lower);
      if (joined && !phrase && (COORDINATORS.has(joined.lower) || CONTRAST_CONJUNCTIONS.has(joined.lower)) && !ownVerb && !ownCue && wordCount(tokens, tail, b, MIN_LEAD_CLAUSE_WORDS) >= MIN_LEAD_CLAUSE_WORDS && looksLikeClause(tokens, tail)) this.emit(tail, b, kind, cue);
      else {
        // ("the Government had “listened carefully” to workers and was prepared to legislate": a second
        // predicate of the reported clause's subject, opened by an auxiliary after "and", is reported too.)
        const second = secondPredicateAt(tokens, qs[qs.length - 1] + 1, b, (t) => AUXILIARIES.has(t.lower) && !isPronoun(t));
        // (Not where a cue of its own stands in it, nor a quotation.)
        if (second > 0 && !this.cues.some((c) => c.at >= second && c.at < b) && !tokens.slice(second, b).some(isQuote) && wordCount(tokens, second + 1, b, MIN_LEAD_CLAUSE_WORDS) >= MIN_LEAD_CLAUSE_WORDS) this.emit(second + 1, b, kind, cue);
      }
    }
  }
}

/** Does "the same" open the words after a verb at `k`, as its object ("said the same about …"), not a clause's subject ("the same rules apply")? */
const saysTheSame = (tokens: Token[], k: number): boolean => tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'same' && !looksLikeClause(tokens, k);

/**
 * Where the comma stands that opens a relative clause whose verb of naming gives the quotation at `q`
 * (", which she described as “…”", ", what he called “…”"), not before `floor`; else -1.
 */
function namingRelativeAt(tokens: Token[], q: number, floor: number): number {
  if (!namedBy(tokens, q)) return -1;
  for (let k = q - 2; k > floor && q - k <= MAX_NAMING_RELATIVE; k--) {
    if (isComma(tokens[k - 1]) && (tokens[k].lower === 'which' || tokens[k].lower === 'what')) return k - 1;
  }
  return -1;
}
/** Most tokens from "which" to the quotation it names (", which | the union's own lawyers | described as"). */
const MAX_NAMING_RELATIVE = 8;

/**
 * Where "and" or "but" joins a second predicate of one subject in `[from, to)` ("… on pensions | and |
 * expected …", "… “a willingness” to talk | but | had refused …"): the index of the conjunction when the
 * word after it is a verb `opens` accepts (lower-case, then a word), no quotation before it; else -1.
 */
function secondPredicateAt(tokens: Token[], from: number, to: number, opens: (t: Token) => boolean): number {
  for (let k = from; k < to - 1; k++) {
    if (isQuote(tokens[k])) return -1;
    const v = tokens[k + 1];
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && isWord(v) && !v.cap && opens(v) && isWord(tokens[k + 2])) return k;
  }
  return -1;
}

/** Does a verb of naming give the quotation at `k` ("called “…”", "described as “…”")? */
const namedBy = (tokens: Token[], k: number): boolean => {
  const as = tokens[k - 1]?.lower === 'as';
  const entry = VERB_FORMS.get((as ? tokens[k - 2] : tokens[k - 1])?.lower ?? '');
  return !!entry?.namesWithNoun || (as && entry?.contentAfter === 'as');
};

/** Most tokens of a post set off before a speaker's name, from the conjunction on ("while | the city's labor commissioner | ,"). */
const MAX_POST_BEFORE_NAME = 8;

/** Is the word at `k` a verb "that" can be the subject of ("that ran late", "that was held", "that lasted into …")? */
function relativeVerbAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!isWord(w) || w.cap) return false;
  if (THAT_SUBJECT_VERBS.has(w.lower) || IRREGULAR_PAST.has(w.lower)) return true;
  // (A form in -ed before a noun is an adjective: "that increased costs would …".)
  const next = tokens[k + 1];
  return /ed$/.test(w.lower) && (!isWord(next) || PREPOSITIONS.has(next.lower) || DETERMINERS.has(next.lower) || /ly$/.test(next.lower));
}

/** Relative pronouns that may be the subject of what a verb in their clause reports ("laws which fishermen claim are unfair"). */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['which', 'that']);
/** Words that open an adjunct of purpose, reason or condition ("to prevent …", "because …", "unless …"). */
const ADJUNCT_QUOTE_OPENERS: ReadonlySet<string> = new Set(['to', 'because', 'unless', 'until', 'so', 'if']);
/** The first word inside a quotation token, lower-case. */
const firstQuotedWord = (text: string, t: Token): string => /^[\s‘'"“]*(\p{L}+)/u.exec(text.slice(t.quote!.start, t.quote!.end))?.[1].toLowerCase() ?? '';

/** Is a quotation token one adverb ("“unanimously”")? */
const quotedAdverb = (text: string, t: Token): boolean => /^\p{Ll}{3,}ly[.,]?$/u.test(text.slice(t.quote!.start, t.quote!.end).trim());

/** How many words a quotation token holds. */
const quoteWords = (text: string, t: Token): number => countWords(text, t.quote!.start, t.quote!.end);

/** Does a conditional open reported speech at `i` ("said if the world is serious ..., negotiators must")? */
function conditionalClause(tokens: Token[], i: number): boolean {
  if (!CONDITIONALS.has(tokens[i].lower)) return false;
  for (let k = i + 1; k < tokens.length && k - i <= CONDITION_REACH; k++) {
    if (isComma(tokens[k])) return looksLikeClause(tokens, k + 1);
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** Does a phrase of stance start at `i` ("its commitment", "deep disappointment", "the union's demands")? */
function speechNounAt(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + NOMINAL_REACH; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    // ("He expressed these views while addressing …": views a demonstrative points back to are said already; nothing is reported here.)
    if (SPEECH_NOUNS.has(t.lower)) return !(k > i && POINTING_BACK.has(tokens[k - 1].lower));
  }
  return false;
}

/** Demonstratives before a noun of speech that point back to words reported before ("these views", "such concerns"). */
const POINTING_BACK: ReadonlySet<string> = new Set(['these', 'those', 'this', 'such', 'similar']);

import lexicon from './candidates.lexicon.json';

/** How a reporting verb behaves (see the lexicon's comment). */
export interface VerbEntry {
  lemma: string;
  forms: string[];
  needs?: string[];
  needsNext?: boolean;
  /** Only these words may stand between the verb and the word it needs ("made it clear"). */
  needsGap?: string[];
  needJoinsVerb?: boolean;
  quoteServesForNeed?: boolean;
  particles?: string[];
  withObject?: boolean;
  /** Its first noun phrase is always who is told, even before a clause with no "that" ('told reporters the deal was close'). */
  objectFirst?: boolean;
  /** Its object is who is spoken to, never the speaker ('told CNN'): no inverted source after it. */
  addressee?: boolean;
  weakWithoutThat?: boolean;
  /** Right after a quotation, with at most a speaker phrase around it, it tags the quotation whatever it needs otherwise ('“Why now?” asked Lee Park'). */
  tagsQuote?: boolean;
  /** A verb of speech only where it tags a quotation ('“…,” read a statement from the union'); anywhere else it reports nothing. */
  onlyTagsQuote?: boolean;
  /** With onlyTagsQuote: only where a document's name stands around it ('read a statement'), never a person ('“…,” Ana read'). */
  documentTag?: boolean;
  takesInfinitive?: boolean;
  contentAfter?: string;
  sourceFollows?: boolean;
  /** Its passive keeps the speaker as subject ("was quoted as saying"). */
  passive?: boolean;
  nominalContent?: boolean;
  needsNominal?: boolean;
  /** Its -ing form after a preposition names a means, not speech ("by adding names to the list"), unless "that" follows. */
  meansAsGerund?: boolean;
  /** A verb of naming whose object and a noun phrase after it are what was said ('called it a betrayal', 'branded the offer an insult'). */
  namesWithNoun?: boolean;
  /** Its plain form is also a noun ("pledge", "vow"): a verb only after a plural, a pronoun or a modal. */
  plainNoun?: boolean;
  /** Its object may be a claim it answers ("rejected claims that …"); without one, only its other needs make it speech. */
  propositions?: boolean;
}

/** Every reporting verb's entry, with its lemma. */
const VERB_ENTRIES: readonly VerbEntry[] = Object.entries(lexicon.verbs as Record<string, Omit<VerbEntry, 'lemma'>>).map(([lemma, e]) => ({ lemma, ...e }));

/** Every reporting verb form, with its entry. */
export const VERB_FORMS: ReadonlyMap<string, VerbEntry> = new Map(VERB_ENTRIES.flatMap((e) => e.forms.map((f) => [f, e] as const)));

/** Every reporting verb by its plain form ("point", "stress"), which some lists leave out where it may be a noun. */
export const VERB_LEMMAS: ReadonlyMap<string, VerbEntry> = new Map(VERB_ENTRIES.map((e) => [e.lemma, e] as const));

/**
 * The cue of a partial quote in a sentence with no reporting verb ("Lopes wants a deal “as soon as
 * possible”"): its source is the sentence subject, its "verb" the subject's own verb.
 */
export const SUBJECT_LEMMA = 'subject';
export const SUBJECT_ENTRY: VerbEntry = { lemma: SUBJECT_LEMMA, forms: [] };

const set = (xs: string[]): ReadonlySet<string> => new Set(xs);
/** Auxiliaries and adverbs that stand between a subject and its verb ("has also said"). */
export const AUXILIARIES = set(lexicon.auxiliaries);
/** Finite verbs after which a "that" just after the cue is the subject of what is said ("said that was a deal-breaker"). */
export const THAT_SUBJECT_VERBS = set(lexicon.thatSubjectVerbs);
/** Words of time phrases ("on Thursday night", "last week"). */
export const TIME_WORDS = set(lexicon.timeWords);
/** Words of a time phrase besides those of days ("two weeks ago", "in March"). */
export const TIME_PHRASE_WORDS = set(lexicon.timePhraseWords);
/** Words of a time phrase that name a span or point of time, not how it is reached ("week", "ago", "March"). */
export const PERIOD_WORDS = set(lexicon.periodWords);
/** Words that start an adjunct, not reported content ("said in", "said after"). */
export const CONTENT_BLOCKERS = set(lexicon.contentBlockers);
/** Words after which an -ing reporting verb is the sentence subject's ("while praising X for"). */
export const PARTICIPLE_OPENERS = set(lexicon.participleOpeners);
/** Words that may follow a named subject before its verb ("Acme also stands by ..."): that name is no adverbial opener. */
export const SUBJECT_ADVERBS = set(lexicon.subjectAdverbs);
/** Words that open a condition, after which reported speech may still follow its comma ("said if ..., they must"). */
export const CONDITIONALS = set(lexicon.conditionals);
/** Relative pronouns ("..., who chairs ..., said"). */
export const RELATIVES = set(lexicon.relatives);
/** Conjunctions that join a second verb to the same subject ("... and warned"). */
export const COORDINATORS = set(lexicon.coordinators);
/** Words before a quotation that make it a title or a term, not speech ("the so-called"). */
export const TITLE_PREFIXES = set(lexicon.titlePrefixes);
/** What a speaker did besides speaking, joined by "but" or "and" after the reported clause ("but declined to give details", "but she stopped short of"), as word lists. */
export const SPEAKER_ACTS: ReadonlyArray<readonly string[]> = lexicon.speakerActs.map((p) => p.split(' '));

/** Things with words written on them ("signs", "banners", "a headline"): what they read is no speech. */
export const WRITTEN_OBJECTS = set(lexicon.writtenObjects);
/** Words between a written object and its words ("signs that read", "a banner saying", "placards with"). */
export const WRITING_VERBS = set(lexicon.writingVerbs);
/** Adverbs that may open a sentence before its subject ("Meanwhile, ..."). */
export const LEADING_ADVERBS = set(lexicon.leadingAdverbs);
/** Days and day-like time words ("Monday", "yesterday"). */
export const DAYS = set(lexicon.days);
/** Parts of a day that follow a day ("Monday night"). */
export const PARTS_OF_DAY = set(lexicon.partsOfDay);
/** Prepositions joining a group to a place ("residents in the old town"). */
export const GROUP_PLACE_PREPOSITIONS = set(lexicon.groupPlacePrepositions);
/** Prepositions between a title and the place or body it serves ("MP for Eastfield", "envoy to Varia"). */
export const COMPLEMENT_PREPOSITIONS = set(lexicon.titleComplementPrepositions);
/** Prepositions joining a group to where it belongs ("officials at the ministry", "sources close to"). */
export const GROUP_MEMBER_PREPOSITIONS = set(lexicon.groupMemberPrepositions);
/** Words after which a verb form is a noun ("the demands", "its warning"): articles and possessive determiners. */
export const NOUN_MARKERS = set(lexicon.nounMarkers);
/** Conjunctions that open a sentence with a subordinate clause before the main one ("While X said …, Y argued …"). */
export const SUBORDINATORS = set(lexicon.subordinators);
/** Phrases before a source that read like "according to" ("in the words of"), as word lists. */
export const SOURCE_PHRASES: ReadonlyArray<readonly string[]> = lexicon.sourcePhrases.map((p) => p.split(' '));
/** The first words of `SOURCE_PHRASES`: a word that is none of them opens none. */
export const SOURCE_PHRASE_STARTS: ReadonlySet<string> = new Set(SOURCE_PHRASES.map((p) => p[0]));
/** Objects of a reporting verb that point back to the quotation before ("said this", "said so"). */
export const BACK_REFERENCES = set(lexicon.backReferences);
/** Words after a group of sources that say what they know ("familiar with", "briefed on", "with knowledge of"). */
export const SOURCE_QUALIFIERS = set(lexicon.sourceQualifiers);
/** Words that open a subject meaning nobody ("no official said", "neither side signalled"). */
export const NEGATIVE_SUBJECTS = set(lexicon.negativeSubjects);
/** Prepositions that start the complement of an apposition ("envoy for water"). */
export const APPOSITION_PREPOSITIONS = set(lexicon.appositionPrepositions);
/** Capitalised function words that may still open a speaker phrase ("The", "His"). */
export const PHRASE_ARTICLES = set(lexicon.phraseArticles);
/** Articles that open a descriptive apposition (", a Texas Republican,"). */
export const APPOSITION_ARTICLES = set(lexicon.appositionArticles);
/** Punctuation that bounds a speaker phrase. */
export const PHRASE_BOUNDARIES = set(lexicon.phraseBoundaries);
/** Words before a verb form that make it non-finite or passive ("to say", "was told"). */
export const NON_FINITE_MARKERS = set(lexicon.nonFiniteMarkers);
/** Forms of "be" before an -ing verb that make it progressive ("are demanding"), not non-finite. */
export const PROGRESSIVE_AUXILIARIES = set(lexicon.progressiveAuxiliaries);
/** Finite auxiliaries and modals that mark a clause ("the talks would"). */
export const FINITE_VERBS = set(lexicon.finiteVerbs);
/** Nouns after "according to" that name a document, not a speaker ("according to the tally"). */
export const DOCUMENT_SOURCES = set(lexicon.documentSources);
/** Words a headline opens with before a colon that name no speaker ("Update:", "Explainer:"). */
export const HEADLINE_LABELS = set(lexicon.headlineLabels);
/** Adverbs skipped after a verb ("said later"). */
export const RIGHT_ADVERBS = set(lexicon.rightAdverbs);
/** Words a title leaves lower-case ("State of the Union"). */
export const TITLE_SMALL_WORDS = set(lexicon.titleSmallWords);
/** Nouns of stance or speech whose phrase, as a reporting verb's object, is what was said ("its commitment to ..."). */
export const SPEECH_NOUNS = set(lexicon.speechNouns);
/** How a sentence naming whose words the quotation before it was opens ("those were the", "that was the"). */
export const WORDS_OF_OPENERS = set(lexicon.wordsOfOpeners);
/** The nouns for words in such a sentence ("words", "message", "verdict"). */
export const WORDS_OF_NOUNS = set(lexicon.wordsOfNouns);
/** Participles of getting to see a document ("a draft seen by the agency", "the letter, obtained by the paper,"): who did is no author of it. */
export const ACCESS_VERBS = set(lexicon.accessVerbs);
/** Verbs of putting out a document ("issued the following statement:"), whose subject speaks in it. */
export const ISSUING_VERBS = set(lexicon.issuingVerbs);
/** Adverbs between "and" and a speaker's second act ("and even refused", "and then walked out"). */
export const ACT_ADVERBS = set(lexicon.actAdverbs);
/** Words for saying a thing firmly after a form of "be", before "that" ("was adamant that …"). */
export const ASSERTIVE_ADJECTIVES = set(lexicon.assertiveAdjectives);
/** Nouns of a view whose content follows "is that" after a possessive ("the union's position is that …"). */
export const COPULAR_SPEECH_NOUNS = set(lexicon.copularSpeechNouns);
/** Nouns of speech that report what someone's words were when a possessive names whose ("their demand for …", "the ministry's claim that …"): the verb they stand for and the words that open their content. */
export const NOMINAL_CUES: ReadonlyMap<string, { verb: string; complements: readonly string[] }> = new Map(Object.entries(lexicon.nominalCues));
/** Nouns of a claim that a verb may answer, followed by its clause ("claims that …", "suggestions that …"). */
export const PROPOSITION_NOUNS = set(lexicon.propositionNouns);

/** Where a claim answered by a verb starts at token `i` ("[the] claims that …", "[against] claims that …"), or -1. */
export function propositionAt(tokens: readonly { lower: string }[], i: number): number {
  const from = tokens[i] && ANSWERING_PREPOSITIONS.has(tokens[i].lower) ? i + 1 : i;
  const k = tokens[from] && (tokens[from].lower === 'the' || tokens[from].lower === 'any') ? from + 1 : from;
  return tokens[k] && PROPOSITION_NOUNS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'that' ? from : -1;
}
/** Prepositions between a verb and the claim it answers ("pushed back against | claims that …"). */
const ANSWERING_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'on', 'at']);
/** Adverbs set off by commas right after a verb ("said, however, that"). */
export const PARENTHETICAL_ADVERBS = set(lexicon.parentheticalAdverbs);
/** Prepositions that open an adjunct after a verb ("said on Thursday"). */
export const ADJUNCT_PREPOSITIONS = set(lexicon.adjunctPrepositions);
/** Words that cannot stand among an apposition's describing words ("the letter sent by ..."). */
export const APPOSITION_STOPS = set(lexicon.appositionStops);
/** Prepositions of a short adjunct hopped over before a clause ("posted on her blog the board had"). */
export const HOP_PREPOSITIONS = set(lexicon.hopPrepositions);
/** Words that end a verb's object and start its content ("urged X to", "accused X of"). */
export const OBJECT_STOPS = set(lexicon.objectStops);
/** What follows a verb that asks not to be named ("who asked not to be named"): no speech of its own. */
export const ANONYMITY_REQUESTS: ReadonlyArray<readonly string[]> = lexicon.anonymityRequests.map((p) => p.split(' '));
/** Conjunctions that start a new clause with a subject of its own (", but conservatives warned"). */
export const CONTRAST_CONJUNCTIONS = set(lexicon.contrastConjunctions);
/** Words after a comma that join a clause with its own subject and reporting verb (", as the envoy said on Monday that …"). */
export const CLAUSE_LINKS = set(lexicon.clauseLinks);
/** Words that open an adverbial clause between a verb and its "that" ("said as he left the capital that ..."). */
export const ADVERBIAL_CLAUSE_OPENERS = set(lexicon.adverbialClauseOpeners);
/** Words of what is to come before "to" and a reporting verb ("is expected to tell", "is due to say"): the subject will speak. */
export const PROSPECTIVE_WORDS = set(lexicon.prospectiveWords);
/** Reporting participles that need no comma before a clause ("emerged from the meeting saying they …", "a statement warning that …"). */
export const BARE_PARTICIPLES = set(lexicon.bareParticiples);
/** Participles of asking that open the question put to the speaker ("Asked whether a vote could come soon, ..."): all of it up to the comma is the question, never speech. */
export const ASKING_OPENERS = set(lexicon.askingOpeners);
/** Words that open an adverbial rather than speech ("During the talks, ..."). */
export const CLAUSE_OPENER_ADVERBIALS = set(lexicon.clauseOpenerAdverbials);
/** Prepositions before a quotation that make it an adjunct ("said after “a week of talks” ..."). */
export const QUOTE_ADJUNCT_PREPOSITIONS = set(lexicon.quoteAdjunctPrepositions);
/**
 * Forms of "be" between a noun of someone's words and what follows: "the union's position is that …",
 * "“No,” was her reply", "her message was clear: …", or before "of the view".
 */
export const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'remains', 'remained']);

// How far the attribution rules look, in tokens unless said otherwise. News sentences are short
// and attributions sit close to their verb: each window bounds a scan so the stage stays linear.

/** Longest speaker phrase read on either side of a verb ("the bloc's chief negotiator on trade"). */
export const MAX_SPEAKER_PHRASE = 16;
/** How far back a group's place phrase is looked for ("residents in the old town warned"). */
export const GROUP_PLACE_REACH = 5;
/** Longest "of" description after a title in a speaker phrase ("The leader of | the nation's biggest rail union"). */
export const POST_OF_REACH = 6;
/** Longest topic after a document in a speaker phrase ("a memo on | the impacts of its planned mine"). */
export const DOCUMENT_TOPIC_REACH = 10;
/** Most words of a place after a titled name set off by commas ("…, Governor Abdul Sani of Kwara State,"). */
export const MAX_PLACE_WORDS = 3;
/** How far a comma-bounded segment is scanned to be taken whole as the speaker phrase. */
export const SEGMENT_SCAN = 8;
/** Longest segment after a comma taken whole as the speaker ("three people close to the plan said"). */
export const WHOLE_SEGMENT_AFTER_COMMA = 7;
/** Longest segment at the sentence start taken whole as the speaker. */
export const WHOLE_SEGMENT_AT_START = 5;
/** Longest segment taken whole when it is a post and whom it serves ("a spokesman for trawler crews on the north coast"). */
export const WHOLE_SEGMENT_SERVED = 10;
/** Longest segment after the verb taken whole as the speaker ("according to two officials close to the talks,"). */
export const WHOLE_SEGMENT_AFTER_VERB = 7;
/** How far a sentence's leading adverbial may run before its comma ("On Wednesday, ..."). */
export const SUBJECT_COMMA_REACH = 40;
/** Most adjuncts skipped after a verb ("said on Thursday in Brussels to reporters"). */
export const MAX_RIGHT_ADJUNCTS = 12;
/** Longest prepositional adjunct skipped after a verb when a clause, colon or quotation follows it. */
export const ADJUNCT_PHRASE = 8;
/** Longest adverbial clause between a verb and its "that" ("said as he left the capital that ..."). */
export const ADVERBIAL_CLAUSE = 12;
/** Longest adjunct hopped over before a clause with no "that" ("posted on her blog the board had ..."). */
export const HOP_PHRASE = 3;
/** A short adjunct that ends the sentence or stands before punctuation ("said to NOS."). */
export const SHORT_ADJUNCT = 3;
/** Longest object before the content of verbs that take one ("urged both delegations to"). */
export const MAX_OBJECT = 7;
/** How far a finite verb is looked for to tell a clause from an object. */
export const CLAUSE_VERB_REACH = 7;
/** How far back a contrast conjunction ("but", "while") is looked for before a cue. */
export const CONTRAST_REACH = 5;
/** How far after "called" a quotation makes it a verb of naming ("called the plan “a farce”"). */
export const NAMED_QUOTE_REACH = 6;
/** How far after a verb the word it needs is looked for ("accused the union of"). */
export const NEEDS_REACH = 5;
/** How far after a naming verb its "as"/"for" is looked for, past its object ("described the first round of talks as"). */
export const NAMED_OBJECT_REACH = 9;
/** How far before a naming verb "what" may open its clause ("what the union has long called …"). */
export const WHAT_CLAUSE_REACH = 6;
/** Most relative clauses and appositions hopped over between a speaker and its verb. */
export const MAX_APPOSITION_HOPS = 3;
/** How far back "with" is looked for before a participle (", with the union's head, Rui Costa, warning"). */
export const MAX_ABSOLUTE_SUBJECT = 12;
/** Longest bracketed aside hopped over between a name and its verb ("(D-Ore.)"). */
export const MAX_BRACKETED = 8;
/** Words of a party-and-place tag after a name ("DFL-Brooklyn Park"). */
export const MAX_AFFILIATION_WORDS = 3;
/** Longest bare name set off by commas that is taken as the speaker (", Amira Haddad, urged"). */
export const MAX_NAME_WORDS = 4;
/** Most describing words (not title or name words) in an apposition ("the country's largest private sector union"). */
export const MAX_DESCRIBING_WORDS = 3;
/** Longest title phrase set off by commas (an apposition). */
export const MAX_APPOSITION = 10;
/** Longest "of"/"for" complement inside an apposition ("envoy for water and sanitation"). */
export const MAX_APPOSITION_COMPLEMENT = 5;
/** Longest apposition headed by a post with its complement ("head of the … Council and a member of the … Forum"). */
export const MAX_POST_APPOSITION = 24;
/** How many tokens before an apposition a pair's "and" may stand ("Dr Ana Ruiz and Dr Tom Hale, co-chairs …"). */
export const PAIR_REACH = 6;
/** Fewest words of reported content for it to be a quote of its own. */
export const MIN_CONTENT_WORDS = 3;
/** ...or, a gerund after "against" with its object ('warned against declaring victory'), this many. */
export const MIN_GERUND_CONTENT_WORDS = 2;
/** Fewest words of reported speech before a quotation, set off by a comma, to be a clause of its own. */
export const MIN_LEAD_CLAUSE_WORDS = 5;
/** Fewest words before ", she said" to be unquoted speech rather than an aside. */
export const MIN_UNQUOTED_WORDS = 3;
/** Fewest words of a quotation with no cue in its sentence for it to be speech carried from the last speaker. */
export const MIN_CARRIED_WORDS = 4;
/** Words a quoted title has at most ("State of the Union"); longer all-capitalised quotations are speech. */
export const MAX_TITLE_WORDS = 8;
/** How many words into a verb's object its noun of stance may stand ("its firm commitment"). */
export const NOMINAL_REACH = 4;
/** Words in capitals a dateline has at most before its dash ("NORTH HARBOUR –"). */
export const MAX_DATELINE_WORDS = 4;
/** Words a quoted phrase needs to be the subject's partial quote in a sentence with no reporting verb (fewer: a scare quote). */
export const MIN_SUBJECT_PARTIAL_WORDS = 3;
/** … or of two after a colon that ends what the subject does ("Ruiz was blunt: the offer was “a disgrace”"). */
export const MIN_COLON_PARTIAL_WORDS = 2;
/** An -ly word between a name and its verb is an adverb when longer than this ("promptly", not "ally"). */
export const MIN_LY_ADVERB = 4;
/** Longest condition before its comma after a reporting verb ("said if rich nations mean what they say,"). */
export const CONDITION_REACH = 14;
/** Longest place set off by commas after an adjunct (", Ashby County, that"). */
export const SHORT_PLACE = 3;
/** Fewest words of the subject piece of speech split by its cue ("The sanctions, he said, contribute ..."). */
export const MIN_SPLIT_PIECE_WORDS = 2;
/** Quoted fragments this short inside reported speech, two or more of them, only modify the clause ("a “plain truth” that two “clear violations”"). */
export const MAX_MODIFIER_QUOTE_WORDS = 2;

/** Most describing words before a plural noun for people that no list has ("some | freight | forwarders said"). */
export const GROUP_DESCRIBERS = 2;

/** Most tokens of a dateline's place or date after its comma, and of its bracketed agency ("HARBOURTON, | Norvia | (Wire) —"). */
export const MAX_DATELINE_TAIL = 6;

/** Most words of an organisation's name set off after its description ("a smaller group, | Young Growers |,"). */
export const MAX_ORG_WORDS = 6;
/** Most words of a description before the name of what it describes ("| the largest union |, the National Farmers Alliance"). */
export const MAX_DESCRIPTION_WORDS = 7;
/** How many words the agent of a passive verb of naming may have ("described by | one senior participant | as"). */
export const MAX_AGENT_WORDS = 6;

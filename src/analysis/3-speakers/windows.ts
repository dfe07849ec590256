// How far the speaker rules look, in words unless said otherwise.

/** Most paragraphs after the first that a quotation running on is followed through to find who speaks it (in paragraphs). */
export const MAX_RUN_ON_PARAGRAPHS = 4;
/** Longest title phrase set off by commas ("the harbour authority's chief executive"). */
export const MAX_TITLE_PHRASE = 12;
/** Longest complement of a title phrase ("envoy for water and sanitation"). */
export const MAX_TITLE_COMPLEMENT = 10;
/** Most words after a title's preposition that are its complement alone, never a name ("MP for Eastfield"). */
export const MAX_BARE_COMPLEMENT = 2;
/** Most words of a title after its owner's possessive ("the union's general secretary"). */
export const MAX_AFTER_OWNER = 4;
/** Most describing words before a noun for what a person does in an apposition ("a | senior political | scientist"). */
export const MAX_OCCUPATION_WORDS = 2;
/** Fewest and most words of a bare personal name set off by commas. */
export const MIN_NAME_WORDS = 2;
export const MAX_NAME_WORDS = 4;
/** Most words of each name after a plural title ("presidents, Mr Hale and Ms Reyes"). */
export const MAX_PLURAL_NAME_WORDS = 3;
/** Longest segment holding the two names after a plural title. */
export const MAX_PLURAL_NAMES_SEGMENT = 8;
/** Fewest and most words of a "who chairs X" clause that gives a role. */
export const MIN_ROLE_CLAUSE = 3;
export const MAX_ROLE_CLAUSE = 12;
/** How many opening words of a sentence are read for a person it names first. */
export const OPENING_WORDS = 12;
/** How many distinct recent speakers a description or pronoun is matched against. */
export const RECENT_SPEAKERS = 50;
/** How many entities back a description is matched against the people the text has named. */
export const DESCRIPTION_LOOKBACK = 200;
/** Words of another kind allowed before the second of two titles ("leader and potential prime minister"). */
export const MAX_TITLE_ADJECTIVES = 2;
/** Most words of an organisation's name before its bracketed acronym ("All India Farmers Coordination Committee (AIFCC)"). */
export const MAX_ORG_NAME_WORDS = 10;
/** Longest bracketed aside left out when reading appositions ("(D-Ore.)", "(Mass.)"). */
export const MAX_ASIDE = 8;
/** How many persons named after a description are tried for it ("Scotland's Deputy First Minister said" before the name is given). */
export const DESCRIPTION_LOOKAHEAD = 12;
/** An unnamed speaker ("a spokesman said") is the next person named with that post only among the next few persons... */
export const NAMED_LATER_LOOKAHEAD = 2;
/** ...and within this many characters. */
export const NAMED_LATER_REACH = 600;

/** How many people named last an organisation's description ("the company") may mean, when no organisation fits it. */
export const ORG_NAME_LOOKBACK = 3;
/** How far (characters) after a lone name as a sentence's subject "he"/"she" with nobody else to mean may mean it ("Ruiz disagreed. “…,” she said"). */
export const LONE_NAME_REACH = 400;
/** How far after the person last spoken of a former post ("the former commissioner said") still describes them (characters). */
export const FORMER_POST_REACH = 400;
/** How far (characters) after the person last spoken of "the company" may mean the one their post names ("Halden chief executive …"). */
export const EMPLOYER_REACH = 300;
/** How far back (characters) the two who spoke last may be for "both" to mean them ("“…,” said Ruiz. “…,” said Hale. Both said …"). */
export const PAIR_SPEAKERS_REACH = 1500;

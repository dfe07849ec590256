import extracted from './demonyms.lexicon.json';
import organisations from './organisations.lexicon.json';
import { FIRM_NAME_WORDS, PLACES } from '../words/words';
export { PARTY_MEMBER_NOUNS } from '../words/words';
/** Articles, which open an apposition of what a person is ("a historian", "the union's chief"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Nouns for a member of one party ("Republican", "Tory"), which tell two members apart; "lawmaker" names no party. */
export const PARTY_NAMES: ReadonlySet<string> = new Set(['republican', 'democrat', 'conservative', 'tory', 'liberal', 'socialist', 'labourite', 'nationalist', 'unionist']);
import lexicon from './speakers.lexicon.json';

// The speakers stage's own vocabulary, as sets (lower-case).
const lower = (xs: string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));

/** Departments after "Secretary of" / "Minister of" ("state", "the interior"). */
export const DEPARTMENTS = lower(lexicon.departments);
/** Honorifics, which are not part of a name ("Ms", "Sir"). */
export { HONORIFICS } from '../words/words';
/** Names of organisations and places, which are not people: our list, then compromise's longer names of organisations and places. */
export const KNOWN_ORGS = lower([...lexicon.knownOrgs, ...lexicon.countries, ...organisations.names, ...[...PLACES].filter((p) => p.includes(' '))]);
/** Nationality adjectives and nouns, with the place they point to ("german" → "germany"): our list, then compromise's demonyms. */
export const NATIONALITIES: ReadonlyMap<string, string> = new Map([...Object.entries(extracted.demonyms), ...Object.entries(lexicon.nationalities as Record<string, string>)]);
/** Capitals and seats of government that stand for their country ("Khartoum's top diplomat", "the Kremlin's"), with the country as nationality words name it. */
export const SEATS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.seats as Record<string, string>));
/** Posts a description's head may stand for when a definite description names someone by what they do ("the top diplomat" is a foreign minister, an ambassador or an envoy). */
export const POST_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(lexicon.postSynonyms as Record<string, string[]>));
/** Bodies of states a nationality word may point to ("NATO", "the EU's"): no country. */
const BODIES_OF_STATES: ReadonlySet<string> = new Set([...lexicon.kindNames.bloc, ...lexicon.kindNames.alliance]);
/** The places nationality words and demonym nouns point to ("germany", "scotland"). */
export const COUNTRIES: ReadonlySet<string> = new Set([...NATIONALITIES.values(), ...Object.values(lexicon.demonymNouns as Record<string, string>)].filter((c) => !BODIES_OF_STATES.has(c)));
/** Possessive pronouns, with what they refer to ("its" → organisation). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.possessivePronouns as Record<string, string>));
/** Verbs of a relative clause that give a role, with the role noun ("chairs" → "chair"). */
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.roleVerbs));
/** Words between a name and the title it takes on ("took over as", "was appointed"), as word lists. */
export const BECOMING_VERBS: ReadonlyArray<readonly string[]> = lexicon.becomingVerbs.map((v) => v.split(' '));
/** Posts held inside a company; a company named in one ("Halden chief executive") is one the story is about, not an outsider's employer. */
export const COMPANY_POSTS = lower(lexicon.companyPosts);
/** Words dropped from the front of a role ("But the RMT general secretary"). */
export const LEADING_CONJUNCTIONS = lower(lexicon.leadingConjunctions);
/** Words that start a title's complement ("envoy for water"). */
export const TITLE_PREPOSITIONS = lower(lexicon.titlePrepositions);
/** Endings of a group speaker that a later "he"/"she" may mean ("a spokesman", "one source"). */
export const SINGULAR_GROUP_ENDING = new RegExp(`(?:${lexicon.singularGroupEndings.join('|')})$`);
/** Words that follow a title head inside the title ("Secretary General", "Attorney General"). */
export const POSTPOSITIVE_TITLE_WORDS = lower(lexicon.postpositiveTitleWords);
/** Endings of a post whose unnamed holder the text often names next ("a spokeswoman"); officials and sources stay anonymous. */
export const SPOKES_ENDING = new RegExp(`(?:${lexicon.spokesEndings.join('|')})$`);
/** Words that make a description refer back to someone already named ("the", "this"). */
export const DEFINITE_DETERMINERS = lower(lexicon.definiteDeterminers);
/** Articles dropped from the front of a description's display name ("a spokesman" → "spokesman"). */
export const INDEFINITE_ARTICLES = lower(lexicon.indefiniteArticles);
/** Pronouns that could point to any person named just before ("he", "she"). */
export const AMBIGUOUS_PRONOUNS = lower(lexicon.ambiguousPronouns);
/** Nouns for a person of a country ("dutchman" → "netherlands"): a description by one names a person of that country. */
export const DEMONYM_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.demonymNouns as Record<string, string>));
/** Words that say whether a person is a man or a woman: honorifics, pronouns, gendered titles ("Ms" → f, "he" → m). */
export const GENDER_WORDS: ReadonlyMap<string, 'm' | 'f'> = new Map(Object.entries(lexicon.genderWords as Record<string, 'm' | 'f'>));
/** Nouns for who someone is to others that tell their gender ("mother", "husband"). */
export const KIN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map(Object.entries(lexicon.kinGender as Record<string, 'm' | 'f'>));
/** Words that only rank or describe inside a description ("the top diplomat"), not name a post. */
export const DESCRIPTIVE_MODIFIERS = lower(lexicon.descriptiveModifiers);
/** Generic heads of one who leads a body ("the head of the federation", "the union's leader"). */
export const LEADERSHIP_HEADS = lower(lexicon.leadershipHeads);
/** A name as its words, lower-case, space-delimited at both ends (" international monetary fund "). */
const spaced = (name: string): string => ` ${name.toLowerCase().split(/[^\p{L}\p{N}+]+/u).filter(Boolean).join(' ')} `;
const kindTable = (table: Record<string, unknown>): ReadonlyMap<string, readonly string[]> =>
  new Map(Object.entries(table).filter(([head]) => head !== '$comment').map(([head, names]) => [head, (names as string[]).map(spaced)]));
// ("the company", "the firm": a name with a business's word, "Meridian Securities".)
const KIND_NAMES = kindTable({ ...lexicon.kindNames, company: [...FIRM_NAME_WORDS], firm: [...FIRM_NAME_WORDS] });
const NOT_KIND_NAMES = kindTable(lexicon.notKindNames);
/**
 * Can "the <head>" mean the organisation called `name`? "the bloc" the European Union, "the lender"
 * the International Monetary Fund, "the union" the Auto Workers, although the head is not in their
 * names; "the union" never the European Union although it is. Otherwise: is the head in the name.
 */
export function describes(head: string, name: string): boolean {
  const words = spaced(name);
  if (NOT_KIND_NAMES.get(head)?.some((n) => words.includes(n))) return false;
  return name.toLowerCase().includes(head) || !!KIND_NAMES.get(head)?.some((n) => words.includes(n));
}
/** Is `name` one the lexicon lists whole as of the kind `head` says ("OPEC" a cartel, "NATO" an alliance)? */
export const listedKind = (head: string, name: string): boolean => !!KIND_NAMES.get(head)?.includes(spaced(name.replace(/^the\s+/i, '')));
/** First names (compromise's lexicon), lower-case: where a name starts after a title's complement. */
export { FIRST_NAMES } from '../words/words';
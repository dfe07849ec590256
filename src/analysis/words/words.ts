import lexicon from './words.lexicon.json';
import actors from './actors.lexicon.json';
import firstNames from './firstNames.lexicon.json';
import places from './places.lexicon.json';
import pastTenses from './pastTenses.lexicon.json';
import { perWord } from '../memo';
import type { Token } from '../1-segment/tokens';

// The shared vocabulary of speaker phrases, as sets (lower-case unless said otherwise).
const lower = (xs: string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));
/** Does the word hold a letter beyond ASCII (one that may carry an accent)? */
const hasAccents = (w: string): boolean => /[^\x00-\x7f]/.test(w);
/** Lower-case without accents ("erdoğan" → "erdogan", "josé" → "jose"): a text may spell a name either way. */
export const foldAccents = (w: string): string => (hasAccents(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w);
/** Names lower-case, found also when written with accents their entry lacks ("José", "Pádraig", "Inès"). */
class NameSet extends Set<string> {
  override has(w: string): boolean { return super.has(w) || (hasAccents(w) && super.has(foldAccents(w))); }
}
/** A map of names lower-case, found also when written with accents its entry lacks. */
class NameMap<V> extends Map<string, V> {
  override get(w: string): V | undefined { return super.get(w) ?? (hasAccents(w) ? super.get(foldAccents(w)) : undefined); }
  override has(w: string): boolean { return this.get(w) !== undefined; }
}

/** Prepositions, a closed class: a phrase they open is no clause ("and with treaties …"). */
export const PREPOSITIONS = lower(lexicon.prepositions);
/** Articles, demonstratives and other words that open a noun phrase ("the", "two", "his"). */
export const DETERMINERS = lower(lexicon.determiners);
/** Pronouns that can attribute speech, with what they refer to (person, organisation, group, relative). */
export const PRONOUNS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.pronouns));
/** Title words that join a title head in a hyphenated compound ("vice-chair", "president-elect"). */
const COMPOUND_TITLE_PARTS: ReadonlySet<string> = new Set([...lower(lexicon.titleModifiers), 'elect', 'designate']);
/**
 * A set of heads that also holds every hyphenated compound of title words with a title head among
 * them ("director-general", "secretary-treasurer", "deputy-director", "ex-minister"); "al-sheikh",
 * "minister-level" are none.
 */
export class TitleHeadSet extends Set<string> {
  constructor(words: Iterable<string>, private readonly titleHeads?: ReadonlySet<string>) {
    super(words);
  }
  override has(w: string): boolean {
    return super.has(w) || (w.includes('-') && this.compound(w));
  }
  private compound(w: string): boolean {
    const heads = this.titleHeads ?? this;
    const parts = w.split('-');
    return parts.some((p) => heads.has(p)) && parts.every((p) => heads.has(p) || COMPOUND_TITLE_PARTS.has(p));
  }
}
/** Heads of a person's title ("minister", "spokesman"), and their compounds ("director-general"). */
export const TITLE_HEADS: ReadonlySet<string> = new TitleHeadSet(lexicon.titleHeads.map((x) => x.toLowerCase()));
/** Is this word a post in the plural ("co-chairs", "presidents"), as two people hold it together? */
export const isPluralTitle = (t: Token): boolean => {
  if (!t.lower.endsWith('s')) return false;
  // ("co-chairs", "vice-presidents": a prefixed post's plural is its head's.)
  const singular = t.lower.slice(0, -1);
  return TITLE_HEADS.has(singular) || TITLE_HEADS.has(singular.slice(singular.lastIndexOf('-') + 1));
};
/** Words that modify a title ("foreign", "deputy", "chief"). */
export const TITLE_MODIFIERS = lower(lexicon.titleModifiers);
/** Title modifiers that say which post of a title it is ("foreign minister" is no "prime minister"). */
export const PORTFOLIO_MODIFIERS = lower(lexicon.portfolioModifiers);
/** Title modifiers that make another post of the same title ("shadow … secretary", "vice president"). */
export const RANK_MODIFIERS = lower(lexicon.rankModifiers);
/** Bodies outside government ("union", "company"): one who leads one ("union chief") is no minister. */
export const CIVIL_BODIES = lower(lexicon.civilBodies);
/** Nouns that end the name of a place or a landmark ("Blue River", "Union Square"), never a person's. */
export const PLACE_NOUNS = lower(lexicon.placeNouns);
/** Heads of a group of speakers ("officials", "sources", "union"). */
export const GROUP_HEADS = lower(lexicon.groupHeads);
/** Heads of an organisation ("ministry", "office", "government"). */
export const ORG_HEADS = lower(lexicon.orgHeads);
/**
 * Does a capitalised "All" at `k` open an organisation's name ("All India Railwaymen's Federation",
 * "All Progressives Congress") rather than count what follows ("All Democrats")? So when a capitalised
 * word follows it and an organisation's head ends the phrase.
 */
export const opensOrgName = (ts: readonly Token[], k: number): boolean =>
  ts[k].text === 'All' && !!ts[k + 1]?.cap && ts.slice(k + 1).some((t) => ORG_HEADS.has(t.lower.replace(/['’]s$/, '')));
/** Nouns for a member of a party ("the Ohio Republican", "the veteran Tory", "Democrat of Connecticut"). */
export const PARTY_MEMBER_NOUNS = lower(lexicon.partyMemberNouns);
/** Heads of a description that may mean a business just named ("the company", "the carmaker"). */
export const COMPANY_HEADS = lower(lexicon.companyHeads);
/** Words that, capitalised in a name, make it a business's ("Meridian Securities", "Northwind Airlines"). */
export const FIRM_NAME_WORDS = lower(lexicon.firmNameWords);
/** What an organisation issues and a text quotes as if it spoke ("the statement said", "the memo said"). */
export const DOCUMENT_HEADS = lower(lexicon.documentHeads);
/** Words that open what a document is about ("a report on the talks", "a memo about the mine"). */
export const DOCUMENT_TOPICS = lower(lexicon.documentTopics);
/** Words between a document and who issued it ("a statement from the ministry"). */
export const ISSUED_BY = lower(lexicon.issuedBy);
/** Words after a surname that tell relatives apart ("Jr", "Sr", "III"). */
export const NAME_SUFFIXES = lower(lexicon.nameSuffixes);
/** Letters after a name, as written, that say what the person is ('MP', 'KC'): no part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(lexicon.postNominals);
/** Other lower-case words that may stand inside a speaker phrase ("senior", "close"). */
export const NP_WORDS = lower(lexicon.npWords);
/** Capitalised function words that never start or make a name ("But", "The"), as written. */
export const STOP_CAPITALISED: ReadonlySet<string> = new Set(lexicon.stopCapitalised);
/**
 * Is this token a capitalised function word that never starts or makes a name ("But", "The", "He")?
 * (The tokenizer keeps the capital in `lower` of a word that only looks like one: the surname "He".)
 */
/** A party-and-place tag's start after a name ("D-Texas", "DFL-Eastfield", "D-N.M"). */
export const AFFILIATION_TAG = /^\p{Lu}{1,4}-\p{Lu}/u;
export const isStopCapitalised = (t: Token): boolean => t.lower !== t.text && STOP_CAPITALISED.has(t.text);
/** Words before a name that are no part of it ("Ms", "Dr", "Sir"). */
export const HONORIFICS = lower(lexicon.honorifics);
/** Titles written abbreviated, with a period ("Sen.", "Gov."), before a name. */
export const TITLE_ABBREVIATIONS = lower(Object.keys(lexicon.titleAbbreviations));
/** The title head an abbreviated title stands for ("gov" → "governor"). */
export const ABBREVIATED_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.titleAbbreviations as Record<string, string>));
/** Title heads that describe rather than name a post ("leader", "official"): they fit any titled person and contradict no role. */
export const GENERIC_TITLE_HEADS = lower(lexicon.genericTitleHeads);
/** Posts named only by their relation to another holder ("counterpart", "successor"). */
export const RELATIONAL_POSTS = lower(lexicon.relationalPosts);

const SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.spellingVariants as Record<string, string>));
/** One spelling of a word that English writes two ways ("advisor" → "adviser", "defense" → "defence"). */
export const canonicalSpelling = (w: string): string => SPELLINGS.get(w) ?? w;

const ACTORS: ReadonlySet<string> = new Set(actors.actors);
const NOT_AGENTS: ReadonlySet<string> = new Set(actors.notAgents);
/** An agent noun's ending ("forward-er", "activ-ist", "librar-ian"). */
const AGENT_ENDING = /^[a-z-]{3,}(?:er|or|ist|ian)$/;

/**
 * Is this lower-case word a plural noun for people ("farmers", "activists", "fishermen", and
 * "forwarders", which no list has)? A listed group head, a plural of one of compromise's nouns for
 * people, or a plural agent noun that compromise does not know as something else ("offers", "numbers").
 */
export function isPeoplePlural(w: string): boolean {
  if (GROUP_HEADS.has(w)) return true;
  // ("boss", "witness", "actress": no plural ends in "ss".)
  if ((!w.endsWith('s') && !w.endsWith('men')) || w.endsWith('ss')) return false;
  if (ACTORS.has(w)) return true;
  const singulars = w.endsWith('men') ? [w.slice(0, -3) + 'man'] : w.endsWith('ies') ? [w.slice(0, -3) + 'y', w.slice(0, -1)] : [w.slice(0, -1), w.slice(0, -2)];
  // "developing nations", "member states", "rival companies": a plural of an organisation's head is a group too.
  // ("premiers", "envoys": so is a plural of a post, but for posts that are things too: "chairs", "crowns", "speakers".)
  // ("participants", "attendees": and of a listed occupation.)
  return singulars.some((s) => !DOCUMENT_HEADS.has(s) && (ACTORS.has(s) || ORG_HEADS.has(s) || OCCUPATIONS.has(s) || isAgentNoun(s) || (TITLE_HEADS.has(s) && !POSTS_THAT_ARE_THINGS.has(s))));
}

/** Posts whose plural is most often a thing ("chairs", "crowns", "speakers"). */
const POSTS_THAT_ARE_THINGS: ReadonlySet<string> = new Set(['chair', 'crown', 'speaker', 'head', 'whip', 'marine']);

/** Does this lower-case word read as an agent noun that compromise does not know as something else ("librarian", "forwarder"; not "border")? */
export const isAgentNoun = (w: string): boolean => AGENT_ENDING.test(w) && !NOT_AGENTS.has(w.slice(w.lastIndexOf('-') + 1));

const PLAIN_PEOPLE = lower(lexicon.plainPeople);
const OCCUPATIONS = lower(lexicon.occupations);
/** Is this lower-case word a noun for what a person does ("economist", "farmer", "historian"), not who they are to others ("mother", "friend")? */
export const isOccupation = perWord((w): boolean =>
  (ACTORS.has(w) || OCCUPATIONS.has(w) || GROUP_HEADS.has(w + 's') || (w.endsWith('man') && GROUP_HEADS.has(w.slice(0, -3) + 'men'))) && !PLAIN_PEOPLE.has(w) && !GROUP_HEADS.has(w));

/** "mother-of-three", "father-of-two": who someone is to others, and how many. */
const KIN_COMPOUND = /^(\p{L}+)-of-[\p{L}\d]+$/u;
/** Is this lower-case word a noun for who a person is to others ("parent", "mother", "neighbour", "mother-of-three")? */
export const isKinNoun = (w: string): boolean => PLAIN_PEOPLE.has(w) || PLAIN_PEOPLE.has(KIN_COMPOUND.exec(w)?.[1] ?? '');
/** Is this lower-case word a noun for one person, by kin or by what they do ("neighbour", "administrator", "nurse"), not a plural? */
export const isOnePersonNoun = (w: string): boolean => (isKinNoun(w) || isOccupation(w) || isAgentNoun(w)) && !isPeoplePlural(w);

/** Participles that say where someone is, between a noun for people and the place ("a pilot | based | in Denver"). */
export const PLACED_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'stationed', 'posted', 'living', 'working', 'serving']);

/** An age used as a noun for a person ("the 58-year-old"). */
export const isAgeNoun = (w: string): boolean => /^\d{1,3}-year-old$/.test(w);
/** Nouns for one person of no particular occupation, who may speak though they hold no role ("a person familiar with the talks said"). */
const PERSON_NOUNS = lower(lexicon.personNouns);
/** Can this lower-case word head a phrase for people without a name ("farmers", "the economist", "the 58-year-old", "a person")? */
export const isPeopleHead = (w: string): boolean => isPeoplePlural(w) || isOccupation(w) || isAgeNoun(w) || PERSON_NOUNS.has(w);

/** First names (compromise's lexicon, and given names of international news it lacks), lower-case: where a personal name starts. */
export const FIRST_NAMES: ReadonlySet<string> = new NameSet([...firstNames.names, ...lexicon.givenNames.male, ...lexicon.givenNames.female]);
const UNISEX_NAMES = lower(lexicon.unisexNames);
/** First names tagged only male or only female (and not borne by both: "Kelly", "Lindsey"): a hint the text's own words outrank. */
export const FIRST_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new NameMap([
  ...[...firstNames.male, ...lexicon.givenNames.male].map((n) => [n, 'm'] as const),
  ...[...firstNames.female, ...lexicon.givenNames.female].map((n) => [n, 'f'] as const),
].filter(([n]) => !UNISEX_NAMES.has(n)));
/** Countries, regions and cities (compromise's lexicon), lower-case: "New York" is no person, "Mumbai:" opens a dateline. */
export const PLACES: ReadonlySet<string> = new Set(places.places);
/** compromise's irregular past tenses ("fell", "broke"), extracted at build time. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(pastTenses.pastTenses);
/** Is the lower-case word a past form ("passed", "fell")? */
export const isPastForm = (lower: string): boolean => IRREGULAR_PAST.has(lower) || /ed$/.test(lower);

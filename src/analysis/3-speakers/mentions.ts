import { isPossessive, stripPossessive, withoutPossessive, type Token } from '../1-segment/tokens';
import { isAnotherOne, isFormerOrLatter, sourceQualifierObject } from '../2-candidates/phrases';
import { COMPANY_HEADS, DETERMINERS, DOCUMENT_HEADS, GROUP_HEADS, ISSUED_BY, isAgentNoun, isOccupation, isOnePersonNoun, isPeopleHead, isPeoplePlural, isPluralTitle, opensOrgName, ORG_HEADS, PLACE_NOUNS, PLACED_PARTICIPLES, PLACES, POST_NOMINALS, PRONOUNS, TITLE_HEADS, TITLE_MODIFIERS } from '../words/words';
import type { MentionType } from '../types';
import { gluedAcronym, isNameWord, isOrgName, isSurnameTitle, isTitleWord, join, knownPerson, splitTitle, titleBodyAndName } from './names';
import { DEMONYM_NOUNS, FIRST_NAMES, HONORIFICS, INDEFINITE_ARTICLES, NATIONALITIES, PARTY_MEMBER_NOUNS, POSSESSIVE_PRONOUNS, TITLE_PREPOSITIONS } from './speakerWords';
import { MAX_NAME_WORDS } from './windows';

/** Prepositions after a group that say where it is ("farmers in the north"). */
const GROUP_PLACES: ReadonlySet<string> = new Set(['in', 'at', 'from', 'within', 'across']);

/** A phrase of two or three name words followed by a title that ends it ("Anna Berg SPD leader"), or null. */
function trailingTitle(body: Token[]): { name: Token[]; title: Token[] } | null {
  if (body.length < 3 || !TITLE_HEADS.has(stripPossessive(body[body.length - 1].lower))) return null;
  let k = 0;
  // An acronym ("SPD") starts the title: it names an organisation, not a person.
  while (k < body.length && k < 3 && isNameWord(body[k]) && !/^\p{Lu}{2,}$/u.test(body[k].text) && !isOrgName([stripPossessive(body[k].text)])) k++;
  if (k < 2 || k >= body.length) return null;
  // ("Atif Ikram Sheikh": a capitalised title word alone after the name is its surname.)
  if (k === body.length - 1 && isSurnameTitle(body, k)) return null;
  const name = body.slice(0, k);
  if (isOrgName(name.map((t) => stripPossessive(t.text)))) return null;
  return { name, title: body.slice(k) };
}

/** The name after a lower-case organisation head ("state oil company | PETROVA"), or null. */
function describedName(body: Token[]): Token[] | null {
  let h = body.length - 1;
  while (h >= 0 && body[h].cap && isNameWord(body[h])) h--;
  const name = body.slice(h + 1);
  if (h < 0 || !name.length || name.length > MAX_NAME_WORDS || body[h].cap || !ORG_HEADS.has(body[h].lower)) return null;
  // "chief executive Dan Galli" is a person with a title, not a company with a name.
  if (TITLE_HEADS.has(body[h].lower) || TITLE_MODIFIERS.has(body[h - 1]?.lower ?? '') || FIRST_NAMES.has(name[0].lower)) return null;
  return name;
}

/** Where a person's name starts at the end of an organisation's name ("United Nations | Linda Green"), or -1. */
function personAtEnd(names: Token[]): number {
  if (names.length < 3 || !names.some((t, i) => i > 0 && FIRST_NAMES.has(t.lower)) || !isOrgName(names.map((t) => stripPossessive(t.text)))) return -1;
  for (let f = Math.max(1, names.length - MAX_NAME_WORDS); f < names.length - 1; f++) {
    const rest = names.slice(f);
    if (FIRST_NAMES.has(names[f].lower) && !isOrgName(rest.map((t) => stripPossessive(t.text)))) return f;
  }
  return -1;
}

/** What a speaker phrase turned out to be. */
export interface ParsedMention {
  type: MentionType;
  /** For pronouns and possessive pronouns: person | organisation | group | relative; "the former" / "the latter": former | latter. */
  refKind?: string;
  nameTokens: Token[];
  titleTokens: Token[];
  /** A document quoted as if it spoke ("the statement", "a Bluebird Air statement"): its issuer is the speaker. */
  document?: boolean;
  /** An organisation named after a description of it ("the state oil company PETROVA"): `nameTokens` is the name. */
  named?: boolean;
  /** For "the office of X" / "his office": the head phrase ("office", "foreign ministry"). */
  ofHead?: string;
  /** Two people named as one speaker ("Ana Ruiz and Tom Reyes said"): each one's name words. */
  pair?: [Token[], Token[]];
  /** Description words ("German", "minister"). */
  words: string[];
  head: string;
}

/** Who issued a document named as a speaker ("a statement from the ministry" → "the ministry"); else the phrase itself. */
export function issuerOf(np: Token[]): Token[] {
  const k = np.findIndex((t, i) => DOCUMENT_HEADS.has(t.lower) && ISSUED_BY.has(np[i + 1]?.lower ?? '') && i + 2 < np.length);
  if (k >= 0) return np.slice(k + 2);
  // "the ministry's statement said", "the authority's statement that …": the owner issued it.
  const last = np.length >= 2 && DOCUMENT_HEADS.has(np[np.length - 1].lower) ? np.length - 2 : np.length - 1;
  const owner = np[last];
  if (last >= 0 && isPossessive(owner)) return [...np.slice(0, last), withoutPossessive(owner)];
  return np;
}

const parsedMentions = new WeakMap<Token[], ParsedMention>();

/** Classifies a speaker phrase (memoised per phrase: cached paragraphs keep their tokens). */
export function parseMention(np: Token[]): ParsedMention {
  let p = parsedMentions.get(np);
  if (!p) parsedMentions.set(np, (p = classifyMention(np)));
  return p;
}

/**
 * Where a person's name starts among `body[0, of)`: at a first name the lists know, else at the run
 * of name words before "of" when what the person does stands before it ("Political scientist Ute Rahn"); -1 if none.
 */
function firstOfName(body: Token[], of: number): number {
  const known = body.slice(0, of).findIndex((t) => FIRST_NAMES.has(t.lower));
  if (known >= 0) return known;
  let k = of;
  // ("the Islamic Republic of Iran": a word that ends a place's name ends no person's.)
  while (k > 0 && of - k < MAX_NAME_WORDS && isNameWord(body[k - 1]) && !isTitleWord(body[k - 1]) && !ORG_HEADS.has(body[k - 1].lower) && !PLACE_NOUNS.has(body[k - 1].lower)) k--;
  if (of - k < 2) return -1;
  const head = body[k - 1];
  // "Ute Rahn of the Free University": with nothing before it, the name of someone at an organisation.
  // ("Tevita Fale of Tonga": so is the name of someone from a country or city, if it is not itself a place.)
  // ("Rich Greenwald of Ampere Analysis": so is two words no list has before a proper name, a firm's.)
  if (k === 0) return body.slice(of + 1).some((t) => t.cap && ORG_HEADS.has(t.lower)) || isPlaceAfterName(body, of) || isFirmAfterName(body, of) ? 0 : -1;
  return isTitleWord(head) || isOccupation(head.lower) ? k : -1;
}

/**
 * Are the words after "of" a proper name and those before it two words that name no place, people or body ("Rich Greenwald of Ampere Analysis")?
 * (After "of the", three words will do: "Jagjit Singh Dhillon of the Kisan Union"; the article makes it a body, never a place's name.)
 */
function isFirmAfterName(body: Token[], of: number): boolean {
  const the = body[of + 1]?.lower === 'the';
  const name = body.slice(the ? of + 2 : of + 1);
  return (of === 2 || (the && of === 3)) && name.length > 0 && name.every((t) => t.cap && (isNameWord(t) || (the && t.kind === 'word')))
    && body.slice(0, of).every((t) => !PLACES.has(t.lower) && !NATIONALITIES.has(t.lower)) && !isOrgName(body.slice(0, of).map((t) => t.text));
}

/** Are the words after "of" a place and those before it not one ("Tevita Fale of Tonga", not "United States of America")? */
function isPlaceAfterName(body: Token[], of: number): boolean {
  const after = body.slice(of + 1).filter((t) => t.lower !== 'the');
  return after.length > 0 && PLACES.has(after.map((t) => t.lower).join(' ')) && !PLACES.has(body.slice(0, of).map((t) => t.lower).join(' '));
}

/** Most words of a speaker phrase that ends in a common noun and is taken as a description ("Organised labour"). */
const MAX_COMMON_NOUN_PHRASE = 3;

function classifyMention(np: Token[]): ParsedMention {
  const words = np.map((t) => stripPossessive(t.lower));
  const head = words[words.length - 1] ?? '';
  if (np.length === 1 && PRONOUNS.get(np[0].lower)) {
    const refKind = PRONOUNS.get(np[0].lower);
    return { type: refKind === 'relative' ? 'relative' : 'pronoun', refKind, nameTokens: [], titleTokens: [], words, head };
  }
  // "the former", "the latter": one of the two people just named.
  if (isFormerOrLatter(np)) return { type: 'pronoun', refKind: np[1].lower, nameTokens: [], titleTokens: [], words, head };
  // "one of them": someone of the group just spoken of.
  // ("Several owners said …. One said …": "one" alone is one of them too.)
  // ("The other said …", "Another said …": one more of them.)
  if ((np.length === 3 && np[1].lower === 'of' && (np[2].lower === 'them' || np[2].lower === 'those')) || (np.length === 1 && np[0].lower === 'one') || isAnotherOne(np)) {
    return { type: 'pronoun', refKind: 'group', nameTokens: [], titleTokens: [], words, head };
  }
  // ("Niamh Doherty TD", "Tom Hale KC": letters after a name say what the person is, and are no part of the name.)
  const last = np[np.length - 1];
  if (np.length >= 3 && POST_NOMINALS.has(last.text) && isNameWord(np[np.length - 2]) && isNameWord(np[np.length - 3])) {
    const named = classifyMention(np.slice(0, -1));
    if (named.type === 'name') return named.titleTokens.length ? named : { ...named, titleTokens: [last] };
  }
  let body = np;
  // ("40 members of the Knesset": a number counts like a determiner.)
  while (body.length > 1 && (DETERMINERS.has(body[0].lower) || /^\d[\d,]*$/.test(body[0].text)) && !TITLE_MODIFIERS.has(body[0].lower) && !POSSESSIVE_PRONOUNS.get(body[0].lower) && body[1].lower !== 'of' && !opensOrgName(body, 0)) body = body.slice(1);
  // "His son Robert Kane Jr.": a kinship word before a name; the name is the speaker.
  if (POSSESSIVE_PRONOUNS.get(body[0]?.lower ?? '') && body.length > 2 && isNameWord(body[body.length - 1]) && body.slice(1).some((t) => !t.cap)) {
    body = body.slice(body.findIndex((t, k) => k > 0 && t.cap));
  }
  // ("a source close to Ana Ruiz", "people familiar with the Harbour talks": people and what makes them a
  // source; the people are the head, whatever names follow.)
  // ("a spokeswoman with the ministry" serves it: "with" qualifies only as "with knowledge of".)
  const qualified = body.findIndex((t, k) => k > 0 && !body[k - 1].cap && sourceQualifierObject(body, k) > 0);
  if (qualified > 0) return { type: 'description', nameTokens: [], titleTokens: body, words: words.slice(0, np.length - body.length + qualified), head: body[qualified - 1].lower };
  // "dock workers at Harbour Port", "farmers in the north": a group and where it is; the group is the head.
  // ("One registrar in Leeds", "a locum at the clinic": after "a" or "one", a lone lower-case noun no
  // list has is the head as well; a name never follows "a".)
  const someone = (k: number): boolean => k === 1 && INDEFINITE_ARTICLES.has(np[0].lower) && body !== np && body[0].kind === 'word' && /^\p{Ll}+$/u.test(body[0].text);
  // ("a pilot based in Denver", "diplomats stationed in Tarsk": a participle of where someone is may stand between.)
  const placed = (k: number): number => (k > 1 && PLACED_PARTICIPLES.has(body[k - 1].lower) ? k - 1 : k);
  const at = body.findIndex((t, k) => {
    if (k === 0 || !GROUP_PLACES.has(t.lower)) return false;
    const h = placed(k);
    // (A post before a place is served there, below: "the ambassador in Tarsk"; one based there is not.)
    return (!body[h - 1].cap || h === 1) && (isPeopleHead(body[h - 1].lower) || someone(h)) && body.slice(0, h).every((w) => w.kind === 'word' && (h < k || !TITLE_HEADS.has(w.lower)) && !TITLE_PREPOSITIONS.has(w.lower));
  });
  if (at > 0) {
    const h = placed(at);
    return { type: 'description', nameTokens: [], titleTokens: body, words: words.slice(0, np.length - body.length + h), head: body[h - 1].lower };
  }
  // "its general secretary", "their spokesman": a post of whoever the pronoun means, described.
  // ("Her neighbour", "his lawyer": so is one who is someone's by kin or by what they do.)
  const someones = TITLE_HEADS.has(head) || isOnePersonNoun(head);
  if (POSSESSIVE_PRONOUNS.get(body[0]?.lower ?? '') && body.length > 1 && someones && !ORG_HEADS.has(head) && !GROUP_HEADS.has(head)) {
    return { type: 'description', nameTokens: [], titleTokens: body.slice(1), words: words.slice(np.length - body.length + 1), head };
  }
  // "his office", "its ministry"
  if (POSSESSIVE_PRONOUNS.get(body[0]?.lower ?? '') && body.length > 1) {
    return { type: 'organisation', refKind: POSSESSIVE_PRONOUNS.get(body[0].lower), ofHead: join(body.slice(1)).toLowerCase(), nameTokens: [], titleTokens: [], words, head };
  }
  // "the statement added", "a Bluebird Air statement said": the issuer speaks; named, or the latest organisation.
  if (DOCUMENT_HEADS.has(head) && !np[np.length - 1].cap) {
    // ("a Saudi foreign ministry statement": with the lower-case head of an organisation, all its words.)
    const before = body.slice(0, -1);
    const orgHead = before.length > 1 && !before[before.length - 1].cap && ORG_HEADS.has(before[before.length - 1].lower) && before[0].cap && before.every((t) => t.kind === 'word' && !isPossessive(t));
    const issuer = orgHead ? before : before.filter((t) => t.cap && isNameWord(t));
    return { type: 'organisation', document: true, nameTokens: issuer, titleTokens: [], words, head };
  }
  // "Chairman Federal Board of Revenue Zubair Niazi": a title, the body's name, and the person's.
  const titled = titleBodyAndName(body);
  if (titled) return { type: 'name', nameTokens: titled.name, titleTokens: titled.title, words, head };
  // "the office of Danish Prime Minister Ida Lund", "the foreign ministry of fellow mediator Chile"
  const of = body.findIndex((t) => t.lower === 'of');
  // "Anna Vik of the Policy Institute", "economist Brian Moss of Harbour University": a person's name
  // (after what they do), then where they work; the person speaks.
  // (A first name no list has will do after what the person does: "Political scientist Ute Rahn of the …".)
  const first = of > 0 ? firstOfName(body, of) : -1;
  const person = body.slice(Math.max(first, 0), of);
  const before = body.slice(0, Math.max(first, 0));
  if (first >= 0 && of - first >= 2 && of - first <= MAX_NAME_WORDS && person.every((t) => isNameWord(t) && !isPossessive(t)) && (!isOrgName(person.map((t) => t.text)) || knownPerson(person))
    // ("Industry analyst Rich Greenfield of …": capitalised describing words may stand before what the person does.)
    // ("Media analyst Rich Greenwald of …": so may a lower-case noun.)
    && (!before.length || ((isTitleWord(before[before.length - 1]) || isOccupation(before[before.length - 1].lower)) && before.every((t) => isTitleWord(t) || isOccupation(t.lower) || (t.cap && !isPossessive(t)) || (t.kind === 'word' && !t.cap && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower)))))
    && body.slice(of + 1).some((t) => t.cap)) {
    return { type: 'name', nameTokens: person, titleTokens: before, words, head };
  }
  // "the African Group of Negotiators", "the Union of Concerned Scientists": a capitalised name whose
  // head before "of" is an organisation's is that organisation (not "the Office of Prime Minister Ida Lund");
  // ("the Islamic Republic of Varia": so is a state's, whose head is a place noun.)
  if (of > 0 && body.slice(0, of).every((t) => t.cap && t.kind === 'word') && (ORG_HEADS.has(body[of - 1].lower) || PLACE_NOUNS.has(body[of - 1].lower)) && of < body.length - 1 && body.slice(of + 1).every((t, n, after) => (t.cap && !FIRST_NAMES.has(t.lower) && !(TITLE_HEADS.has(t.lower) && after[n + 1]?.cap)) || t.lower === 'the' || t.lower === 'and')) {
    return { type: 'organisation', nameTokens: body.filter((t) => t.cap), titleTokens: [], words, head };
  }
  // ("a spokesman for the Bank of Varia" is a post and whom it serves: below.)
  const servesBefore = body.slice(0, of).some((t, k) => TITLE_HEADS.has(t.lower) && !ORG_HEADS.has(t.lower) && TITLE_PREPOSITIONS.has(body[k + 1].lower));
  // ("A bipartisan group of senators", "… of Senate negotiators": a body of people named by a plural is
  // their group, no one's body.)
  const members = body[body.length - 1];
  if (of > 0 && body.slice(0, of).some((t) => ORG_HEADS.has(t.lower)) && !body[0].cap && !servesBefore && body.slice(of + 1).some((t) => t.cap) && (members.cap || !isPeoplePlural(members.lower))) {
    const owner = body.slice(of + 1);
    const { name } = splitTitle(owner.filter((t) => t.cap));
    return { type: 'organisation', ofHead: join(body.slice(0, of)).toLowerCase(), nameTokens: name.length ? name : owner.slice(-1), titleTokens: [], words, head };
  }
  // "chair of Canada's Fisheries and Oceans Committee": a post with its complement, no name.
  if (body.length >= 3 && !body[0].cap && TITLE_HEADS.has(body[0].lower) && body[1].lower === 'of' && personAtEnd(body.slice(2)) < 0) {
    return { type: 'description', nameTokens: [], titleTokens: body, words: words.slice(np.length - body.length), head: body[0].lower };
  }
  // "Transport for the Capital said", "Citizens for Fair Pay": capitalised words joined by "for" name an organisation, never a person.
  const forAt = body.findIndex((t, k) => k > 0 && t.lower === 'for');
  if (forAt > 0 && body[forAt - 1].cap && !TITLE_HEADS.has(body[forAt - 1].lower) && !FIRST_NAMES.has(body[0].lower) && !body.some((t) => ORG_HEADS.has(t.lower))
    && body.every((t, k) => (t.kind === 'word' && t.cap) || (k > 0 && (t.lower === 'for' || t.lower === 'the' || t.lower === 'and')))) {
    return { type: 'organisation', nameTokens: body, titleTokens: [], words, head };
  }
  // "Varia's state oil company PETROVA", "the mining group OREX": a description, then the name.
  const described = describedName(body);
  if (described) return { type: 'organisation', named: true, nameTokens: described, titleTokens: [], words, head };
  // "Anna Berg SPD leader": a name glued to a title after it, no comma between.
  // ("a Central Valley mayoral candidate" names nobody: a name never follows "a".)
  const trailing = INDEFINITE_ARTICLES.has(np[0].lower) ? null : trailingTitle(body);
  if (trailing) return { type: 'name', nameTokens: trailing.name, titleTokens: trailing.title, words, head };
  // "Anna Berg SPD said": a party's or body's acronym glued after a full name says where the person is from.
  const acronym = gluedAcronym(body);
  if (acronym) return { type: 'name', nameTokens: body.slice(0, -1), titleTokens: [acronym], words, head };
  // "Negotiators for the Senate and the White House", "Officials from Brazil and Mexico": a group of
  // people and whom they serve or come from; the group speaks, whatever names follow.
  if (body.length >= 3 && isPeoplePlural(words[np.length - body.length]) && TITLE_PREPOSITIONS.has(body[1].lower) && !isPossessive(body[0])) {
    return { type: 'description', nameTokens: [], titleTokens: body, words: words.slice(0, np.length - body.length + 1), head: body[0].lower };
  }
  // "the Labour MP for Eastfield", "a spokesman for trawler crews from Harbour's north coast": with no
  // name at its end, the post is the head; its complement says where, and is not asked of whoever holds it.
  const served = body.findIndex((t, k) => TITLE_HEADS.has(t.lower) && TITLE_PREPOSITIONS.has(body[k + 1]?.lower ?? ''));
  if (served >= 0 && (!isNameWord(body[body.length - 1]) || !splitTitle(body).name.some(isNameWord))) {
    return { type: 'description', nameTokens: [], titleTokens: body, words: words.slice(0, np.length - body.length + served + 1), head: body[served].lower };
  }
  // ("one Brisbane emergency nurse": a place before what the person does names nobody.)
  const lastCapHead = GROUP_HEADS.has(head) || ORG_HEADS.has(head) || TITLE_HEADS.has(head) || isPeopleHead(head) || (isAgentNoun(head) && DETERMINERS.has(np[0].lower));
  if (lastCapHead && !np[np.length - 1].cap) {
    return { type: 'description', nameTokens: [], titleTokens: body, words, head };
  }
  // "Organised labour", "Big business": a capitalised opening word and a common noun name nobody;
  // a name never ends in a lower-case word.
  if (np.length <= MAX_COMMON_NOUN_PHRASE && !np[np.length - 1].cap && /^\p{Ll}+$/u.test(np[np.length - 1].text) && !/(?:sel(?:f|ves)|ed|ing)$/.test(head) && np.every((t) => t.kind === 'word' && !isPossessive(t))) {
    return { type: 'description', nameTokens: [], titleTokens: body, words, head };
  }
  // "the North Carolina Republican": a member of a party, described, not named.
  if (PARTY_MEMBER_NOUNS.has(head) && np[0].lower === 'the' && body.every((t) => t.kind === 'word' && !isPossessive(t))) {
    return { type: 'description', nameTokens: [], titleTokens: body, words, head };
  }
  // "the Dutchman": a person of a country, described, not named.
  if (DEMONYM_NOUNS.has(head) && body.length <= 2 && (body.length === 1 || DETERMINERS.has(body[0].lower))) {
    return { type: 'description', nameTokens: [], titleTokens: body, words, head };
  }
  // "Ana Ruiz and Tom Reyes said": two people speak together.
  const and = body.findIndex((t, k) => t.lower === 'and' && k > 0 && k < body.length - 1);
  if (and > 0) {
    const sides: [Token[], Token[]] = [body.slice(0, and), body.slice(and + 1)];
    // ("Co-chairs Rosa Vey and Amir Pike", "union leaders Ana Ruiz and Tom Hale": a post in the plural before the pair is both people's.)
    const plural = sides[0].findIndex((t) => isPluralTitle(t));
    const shared = plural >= 0 && plural < sides[0].length - 1 && sides[0].slice(plural + 1).every((t) => isNameWord(t)) ? sides[0].slice(0, plural + 1) : [];
    sides[0] = sides[0].slice(shared.length);
    // ("Senator Ana Ortiz and Representative Tom Blake": each name may wear its own title, which is no part of it.)
    // (Both or neither: "Fisheries and Oceans Minister Dale Peck" is one title and one name.)
    const split = sides.map((side) => splitTitle(side));
    const names = split.map((x) => x.name) as [Token[], Token[]];
    const titled = split.filter((x) => x.title.length > 0).length;
    if ((titled === 0 || titled === 2) && names.every((side) => side.length > 0 && side.length <= MAX_NAME_WORDS && side.every((t) => isNameWord(t) || HONORIFICS.has(t.lower)) && !isOrgName(side.map((t) => stripPossessive(t.text))))) {
      return { type: 'name', pair: names, nameTokens: [...names[0], ...names[1]], titleTokens: shared, words, head };
    }
  }
  // "the Ruvanian embassy in Tarsk": a body's office and where it sits, whatever the capitalised words are.
  const sits = body.findIndex((t, k) => k > 0 && GROUP_PLACES.has(t.lower) && !body[k - 1].cap && ORG_HEADS.has(body[k - 1].lower));
  if (sits > 0 && sits < body.length - 1 && body.slice(sits + 1).every((t) => t.cap && t.kind === 'word' && !isPossessive(t))) {
    return { type: 'organisation', nameTokens: body.filter((t) => t.cap), titleTokens: [], words, head };
  }
  const { title, name } = splitTitle(body);
  let names = name.filter((t, k) => isNameWord(t) || HONORIFICS.has(t.lower) || isSurnameTitle(body, title.length + k));
  // "Norway's Ola Brekke": the possessive before a full name says whose; it is not the name.
  while (names.length > 2 && isPossessive(names[0])) names = names.slice(1);
  // ("Carmaker, union inch toward deal": the head of a body's description alone, capitalised only to open a
  // headline or a sentence, describes it; it names no body called "Carmaker".)
  if (body.length === 1 && np.length === 1 && (COMPANY_HEADS.has(head) || (ORG_HEADS.has(head) && !TITLE_HEADS.has(head) && !GROUP_HEADS.has(head))) && !/^\p{Lu}{2,}/u.test(np[0].text)) {
    return { type: 'description', nameTokens: [], titleTokens: body, words, head };
  }
  // ("Analysts were less sure": a plural noun for people, capitalised only to open the sentence, describes a group.)
  if (body.length === 1 && names.length === 1 && isPeoplePlural(head) && !ORG_HEADS.has(head)) {
    return { type: 'description', nameTokens: [], titleTokens: body, words, head };
  }
  if (names.length) {
    // "the United Nations Linda Green": an organisation's name, then a person's, from a first name on.
    const person = personAtEnd(names);
    // ("the Royal College of Nursing's Ana Ruiz": a possessive name before it says whose the person is, no title.)
    if (person > 0) return { type: 'name', nameTokens: names.slice(person), titleTokens: isPossessive(names[person - 1]) ? title : [...title, ...names.slice(0, person)], words, head };
    const orgLike = isOrgName(names.map((t) => stripPossessive(t.text))) || ORG_HEADS.has(head) || GROUP_HEADS.has(head);
    // ("the Prime Minister's Office": a body a post's holder owns is that body, with its owner in its name.)
    if (orgLike && title.length && isPossessive(title[title.length - 1])) return { type: 'organisation', nameTokens: [...title, ...names], titleTokens: [], words, head };
    return { type: orgLike && !title.length ? 'organisation' : 'name', nameTokens: names, titleTokens: title, words, head };
  }
  return { type: 'description', nameTokens: [], titleTokens: body, words, head };
}

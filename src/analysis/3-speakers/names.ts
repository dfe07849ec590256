import { isPossessive, stripPossessive, type Token } from '../1-segment/tokens';
import { COMPANY_HEADS, DETERMINERS, FIRM_NAME_WORDS, foldAccents, GROUP_HEADS, isPluralTitle, NAME_SUFFIXES, opensOrgName, ORG_HEADS, PLACES, isStopCapitalised, TITLE_HEADS, TITLE_MODIFIERS } from '../words/words';
import { ARTICLES, DEPARTMENTS, FIRST_NAMES, HONORIFICS, KNOWN_ORGS, LEADING_CONJUNCTIONS, NATIONALITIES, POSTPOSITIVE_TITLE_WORDS, TITLE_PREPOSITIONS } from './speakerWords';
import { MAX_BARE_COMPLEMENT, MAX_TITLE_COMPLEMENT } from './windows';

// Names and titles: telling the words of a name from the words of a title.

/** Is this word the head of a title: a title noun, a former one ("ex-Marine", "ex-minister"), or a compound with one ("secretary-treasurer")? */
export const isTitleHead = (lower: string): boolean => TITLE_HEADS.has(lower) || (lower.startsWith('ex-') && /^ex-\p{L}{3,}$/u.test(lower))
  // "secretary-treasurer", "president-elect", "co-chair": a compound with a title head in it.
  || (lower.includes('-') && lower.split('-').some((part) => TITLE_HEADS.has(part)));
const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, ...NATIONALITIES.keys()]);
/** Is `t` a word of a title (head, modifier or nationality)? */
export const isTitleWord = (t: Token): boolean => TITLE_WORDS.has(t.lower) || isTitleHead(t.lower);
/** Is `t` a word of a personal name (capitalised, not a title word, function word or honorific)? */
export const isNameWord = (t: Token): boolean => t.kind === 'word' && t.cap && !isStopCapitalised(t) && !TITLE_HEADS.has(stripPossessive(t.lower)) && !HONORIFICS.has(t.lower);

/**
 * Is the title word at `k` a surname ("Senator Angus King", "Economist Ana Sheikh", "Council leader
 * Anne Bishop", "Atif Ikram Sheikh")? It ends the words, capitalised, right after a name word that is a
 * first name the lists know, follows another name word, or follows a title of its own.
 */
export function isSurnameTitle(words: readonly Token[], k: number): boolean {
  const prev = words[k - 1];
  if (k !== words.length - 1 || !prev || !words[k].cap || !isTitleHead(stripPossessive(words[k].lower)) || !prev.cap || isTitleHead(prev.lower) || TITLE_MODIFIERS.has(prev.lower) || isStopCapitalised(prev)) return false;
  // (Or two name words stand before it: "Atif Ikram Sheikh"; a post after a name is written lower-case, "Anna Berg, SPD leader".)
  const twoNames = k >= 2 && isNameWord(words[k - 2]) && !TITLE_MODIFIERS.has(words[k - 2].lower) && isNameWord(prev);
  return FIRST_NAMES.has(prev.lower) || twoNames || words.slice(0, k - 1).some((w) => isTitleHead(stripPossessive(w.lower)));
}

/** Splits "US Secretary of State Mara Quinn" into title "US Secretary of State" and name "Mara Quinn". */
export function splitTitle(words: Token[]): { title: Token[]; name: Token[] } {
  let h = -1;
  // ("Senator Angus King", "Economist Ana Sheikh": a title word that is a surname ends the name; the post is before it.)
  // ("Co-chairs Rosa Vey and …": a post in the plural, before the first of a pair, too.)
  // (Not one inside a body's name: "the Chairman of the Varia Mayors Forum".)
  const pluralPost = (k: number): boolean => h < 0 && isPluralTitle(words[k]) && !!words[k + 1] && isNameWord(words[k + 1]) && !words.slice(k + 1).some(endsBodyName);
  for (let k = 0; k < words.length; k++) if ((isTitleHead(stripPossessive(words[k].lower)) || pluralPost(k)) && !isSurnameTitle(words, k)) h = k;
  if (h < 0) return { title: [], name: words };
  // "Chief Minister Senator John Le Fondré": a second title right before the name is worn like an
  // honorific; the post is the first.
  const stacked = h > 0 && isTitleHead(words[h - 1].lower) && !TITLE_MODIFIERS.has(words[h - 1].lower) && !POSTPOSITIVE_TITLE_WORDS.has(words[h].lower) && words[h].cap && words[h + 1]?.cap;
  if (stacked) return { title: words.slice(0, h), name: words.slice(h + 1) };
  let e = h + 1;
  // "Alliance Secretary General Ana Ruiz": a word that follows its head inside the title.
  // ("Senate President Pro Tempore Jinggoy Estrada": or two.)
  while (POSTPOSITIVE_TITLE_WORDS.has(words[e]?.lower ?? '') && words[e + 1]) e++;
  // ("the chief guest Ahmed Bello": a lower-case noun after the head, before the name, is the title's.)
  while (words[e]?.kind === 'word' && /^\p{Ll}+$/u.test(words[e].text) && !TITLE_PREPOSITIONS.has(words[e].lower) && words[e].lower !== 'of' && !HONORIFICS.has(words[e].lower) && words[e + 1]?.cap) e++;
  // "Chairman Federal Board of Revenue Zubair Niazi", "Chief Executive Officer Pakistan Business Council
  // Ehsan Malik": a body's name right after the title, with no "of", is the title's; the name follows it.
  const body = h === titleHeadsEnd(words) - 1 ? bodyNameEnd(words, e) : -1;
  if (body > 0) return { title: words.slice(0, body), name: words.slice(body) };
  if (words[e]?.lower === 'of') {
    // "Secretary of State", "Minister of the Interior"
    for (let n = 3; n >= 1; n--) {
      const phrase = words.slice(e + 1, e + 1 + n).map((w) => w.lower).join(' ');
      if (DEPARTMENTS.has(phrase)) { e = e + 1 + n; break; }
    }
  }
  // "Ambassador to the United Nations Paul Hart": the complement runs to a first name.
  const comp = TITLE_PREPOSITIONS.has(words[e]?.lower ?? '') ? complementEnd(words, e) : -1;
  if (comp > 0) e = comp + 1;
  // "the Labour MP for Eastfield": a word or two after the preposition, no first name among them, is
  // the post's complement alone (a complement and a name take three words at least).
  // So is a longer one that ends in the noun of a portfolio ("the Commissioner for Economic and Monetary Affairs"),
  // or in the word that ends a body's name ("the general secretary of the Rail and Freight Workers Union").
  else if (TITLE_PREPOSITIONS.has(words[e]?.lower ?? '') && (words.length - e - 1 <= MAX_BARE_COMPLEMENT || PORTFOLIO_ENDING.test(words[words.length - 1].lower) || endsBodyName(words[words.length - 1])) && !words.slice(e + 1).some((w) => FIRST_NAMES.has(w.lower))) e = words.length;
  return { title: words.slice(0, e), name: words.slice(e) };
}

/** Where a run of capitalised title words opening the phrase ends ("Chief Executive Officer …"), or 0. */
const titleHeadsEnd = (words: Token[]): number => {
  let e = 0;
  while (e < words.length && words[e].kind === 'word' && words[e].cap && (isTitleHead(words[e].lower) || TITLE_MODIFIERS.has(words[e].lower))) e++;
  return words.slice(0, e).some((w) => isTitleHead(w.lower)) ? e : 0;
};

/**
 * A title opening the phrase, a body's name and a person's, with no "of" after the title ("Chairman
 * Federal Board of Revenue Zubair Niazi"): the title (with the body) and the name; else null.
 */
export function titleBodyAndName(words: Token[]): { title: Token[]; name: Token[] } | null {
  const e = titleHeadsEnd(words);
  const body = e > 0 ? bodyNameEnd(words, e) : -1;
  return body > 0 ? { title: words.slice(0, body), name: words.slice(body) } : null;
}

/** Small words inside a body's name ("Board of Revenue", "Committee on Finance"). */
const BODY_NAME_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and', '&']);
/** Most words of a body's name between a title and a name. */
const MAX_BODY_NAME = 6;

/**
 * Where a body's capitalised name starting at word `k`, right after a title, ends ("Federal Board of
 * Revenue", "Pakistan Business Council": the index after its last word), when a name of two or
 * three words follows it to the end; else -1. The body's name has a word that ends one ("Board",
 * "Council"), and after it only a complement ("of Revenue").
 */
function bodyNameEnd(words: Token[], k: number): number {
  if (!words[k] || !isNameWord(words[k]) || words.length - k > MAX_BODY_NAME + 3) return -1;
  if (words.slice(k).some((w) => w.kind !== 'word' || !(w.cap || BODY_NAME_LINKS.has(w.lower)) || TITLE_HEADS.has(w.lower))) return -1;
  const b = words.findIndex((w, j) => j >= k && w.cap && endsBodyName(w));
  if (b < 0) return -1;
  const n = words.length - 3 > b && FIRST_NAMES.has(words[words.length - 3].lower) ? words.length - 3 : words.length - 2;
  const name = words.slice(n);
  const complement = words.slice(b + 1, n);
  return n > b && (!complement.length || BODY_NAME_LINKS.has(complement[0].lower)) && name.every((w) => isNameWord(w) && !endsBodyName(w)) ? n : -1;
}

/** Does a word end a body's name ("Union", "Airlines", "Rail")? */
const endsBodyName = (w: Token): boolean => ORG_HEADS.has(stripPossessive(w.lower)) || FIRM_NAME_WORDS.has(stripPossessive(w.lower));

/** Words that may stand inside a title's complement besides capitalised ones ("of the", "and"). */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', '&']);

/**
 * The last word of a title's complement that starts with the preposition at `k` and runs up to a
 * known first name followed by another name word ("to the United Nations | Paul Hart"), or -1.
 */
export function complementEnd(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  for (; j < tokens.length && j - k <= MAX_TITLE_COMPLEMENT; j++) {
    const t = tokens[j];
    // Another title ("Minister for Trade Senator Ian Ross") ends it: not a complement.
    if (t.kind !== 'word' || TITLE_HEADS.has(t.lower)) return -1;
    if (!(t.cap || COMPLEMENT_WORDS.has(t.lower))) break;
    const next = tokens[j + 1];
    if (j > k + 1 && FIRST_NAMES.has(t.lower) && next && next.cap && isNameWord(next)) return j - 1;
  }
  // "Minister for Public Expenditure Ciarán Healy": with no first name a list knows, the last two
  // words of a run of three capitalised words or more, right before a verb, are the name.
  const name = tokens.slice(j - 2, j);
  const capitals = tokens.slice(k + 1, j).filter((t) => t.cap).length;
  if (j - k > MAX_TITLE_COMPLEMENT || capitals < MIN_CAPITALS_BEFORE_NAME || tokens[j]?.cap || name.length < 2) return -1;
  // (Not the words of a portfolio: "for Economic and Monetary Affairs", "for Northern Ireland".)
  return name.every((t) => isNameWord(t) && !PORTFOLIO_ENDING.test(t.lower)) && !isOrgName(name.map((t) => t.text)) && !PLACES.has(name.map((t) => t.lower).join(' ')) ? j - 3 : -1;
}

/** Endings of the nouns that name a portfolio ("Affairs", "Development", "Education", "Security"), which names rarely have. */
export const PORTFOLIO_ENDING = /(?:affairs|relations|resources|works|services|communications|fisheries|industries|ment|tion|sion|ity|ism|ure)$/;

/** Fewest capitalised words of a complement and a name with no known first name ("Public Expenditure | Ciarán Healy"). */
const MIN_CAPITALS_BEFORE_NAME = 3;

/** Spaces that tokens as text do not have: before a possessive ending, a comma, a period ("Mr. Ochoa") or a closing bracket, after an opening one. */
const GLUED_SPACES = / (?=[’',.)])|(?<=\() /g;
/** Tokens as text, with possessive endings, commas and brackets glued back on. */
export const join = (ts: Token[]): string => ts.map((t) => t.text).join(' ').replace(GLUED_SPACES, '');
/** A title phrase as shown: without a leading article or conjunction ("But the RMT general secretary"). */
export const titleText = (ts: Token[]): string => {
  let k = 0;
  // "one of the lead negotiators" keeps its "one of": without it the role reads "of the …".
  // ("senior", "top" open a noun phrase but belong to a role: "senior leader".)
  while (k < ts.length - 1 && ((DETERMINERS.has(ts[k].lower) && !TITLE_MODIFIERS.has(ts[k].lower) && !opensOrgName(ts, k)) || LEADING_CONJUNCTIONS.has(ts[k].lower)) && ts[k + 1].lower !== 'of') k++;
  return join(ts.slice(k));
};

/** Is a run of name words a known organisation or place rather than a person? */
export function isOrgName(words: string[]): boolean {
  const s = words.join(' ').toLowerCase();
  if (KNOWN_ORGS.has(s) || KNOWN_ORGS.has(stripPossessive(s))) return true;
  // ("Northwind Airlines", "Harbour Insurers": a capitalised plural of a company's head names one too.)
  const pluralHead = (w: string): boolean => w.length > 4 && w.endsWith('s') && COMPANY_HEADS.has(w.slice(0, -1));
  // (A firm's word names one only after a name of its own: "Harlow Rail", never a headline's "Mining".)
  return words.some((w) => ORG_HEADS.has(w.toLowerCase()) || (FIRM_NAME_WORDS.has(w.toLowerCase()) && words.length > 1) || GROUP_HEADS.has(w.toLowerCase()) || KNOWN_ORGS.has(w.toLowerCase()) || NATIONALITIES.has(w.toLowerCase()) || pluralHead(w.toLowerCase()));
}

/** Lower-case without accents ("Erdoğan" → "erdogan"): a text may spell one name both ways. */
export const foldName = (w: string): string => foldAccents(w.toLowerCase());

/**
 * The key a person is known by: the last name, lower-case and without accents; with a suffix that
 * tells relatives apart, the last name and the suffix ("Robert Kane Jr" → "kane jr").
 */
export function surnameKey(parts: readonly string[]): string {
  const last = foldName(parts[parts.length - 1] ?? '');
  return parts.length >= 2 && NAME_SUFFIXES.has(last) ? `${foldName(parts[parts.length - 2])} ${last}` : last;
}

/** A person's surname as a name's owner ("Kane" of "Robert Kane Jr": a suffix is no surname). */
export function surnameOf(name: string): string {
  const parts = name.split(' ');
  while (parts.length > 1 && NAME_SUFFIXES.has(parts[parts.length - 1].toLowerCase())) parts.pop();
  return parts[parts.length - 1];
}

/**
 * A name's words without possessive endings and honorifics ("Ms Hale’s" → ["Hale"]), initials with their period ("P." Chidambaram).
 * (An initial is a letter A to Z: "Ó" in "Pádraig Ó Ceallaigh" is a word of the name.)
 */
export const nameParts = (tokens: Token[]): string[] =>
  tokens.map((t) => stripPossessive(t.text)).filter((w) => !HONORIFICS.has(w.toLowerCase())).map((w) => (/^[A-Z]$/.test(w) ? `${w}.` : w));

/** Words that count what follows ("a veteran of | three | wars"). */
export const QUANTITIES: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'few', 'some', 'dozens', 'hundreds', 'thousands', 'countless', 'numerous']);
/** Prepositions of a stretch of time after a post ("for 12 years", "since 2019"). */
const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'since']);
/** Words before an amount ("more than", "nearly"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(['more', 'nearly', 'almost', 'about', 'over', 'decades', 'years']);
/** Number words past ten ("nineteen", "twenty-two", "forty"). */
const LARGER_NUMBER = /^(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\p{L}+)?)$/u;
/** Units of time ("a | decade"). */
const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'decade', 'month', 'week', 'generation', 'term']);
/** Does `t` count or date something ("12", "three", "nineteen", "more")? */
const isAmount = (t: Token | undefined): boolean => !!t && (/^\d/.test(t.text) || QUANTITIES.has(t.lower) || APPROXIMATORS.has(t.lower) || LARGER_NUMBER.test(t.lower));
/** Relative pronouns that open a clause after a person's post ("the minister who chairs …"). */
const RELATIVE_WHO: ReadonlySet<string> = new Set(['who', 'whose']);

/** Words after "now" that say where a person with a former post is ("now at", "now with"). */
const NOW_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'with', 'in', 'a', 'an', 'the', 'heads', 'runs', 'chairs', 'leads', 'teaches', 'works']);

/**
 * The post an apposition gives, without what follows it: a relative or participle clause ("the
 * Samoan minister who chairs …", "the minister leading the talks"), where the person is now ("a
 * former negotiator now at …") or how long it was held ("a teacher at the city depot for 12 years",
 * "for nineteen years", "for a decade") or what they have ("a driver with three children").
 */
export function postOf(seg: Token[]): Token[] {
  // ("a former trade negotiator now at the Asia Institute": where the person is now follows the post.)
  const clause = seg.findIndex((t, k) => k > 1 && (RELATIVE_WHO.has(t.lower) || (!t.cap && /ing$/.test(t.lower) && isTitleHead(seg[k - 1].lower))
    || (t.lower === 'now' && isTitleHead(seg[k - 1].lower) && NOW_PREPOSITIONS.has(seg[k + 1]?.lower ?? ''))));
  if (clause > 0) return seg.slice(0, clause);
  // ("a forklift driver with three children", "a mechanic with 17 years at the plant": what the person has follows the post too.)
  const since = seg.findIndex((t, k) => k > 0 && (DURATION_PREPOSITIONS.has(t.lower) || t.lower === 'with') && (isAmount(seg[k + 1]) || (seg[k + 1]?.lower === 'a' && TIME_UNITS.has(seg[k + 2]?.lower ?? ''))));
  if (since > 0) return seg.slice(0, since);
  // ("the union's chief negotiator and a veteran of three disputes": what else the person is, after "and"
  // and an article, with no title of its own; two posts stay, "president of X and a key negotiator".)
  const and = seg.findIndex((t, k) => k > 1 && t.lower === 'and' && ARTICLES.has(seg[k + 1]?.lower ?? '') && isTitleHead(stripPossessive(seg[k - 1].lower)));
  return and > 0 && !seg.slice(and + 1).some((t) => isTitleHead(t.lower)) ? seg.slice(0, and) : seg;
}

/** A first name the lists know, then words that name no body: a person, even with a surname that is a nationality ("David French"). */
export const knownPerson = (name: readonly Token[]): boolean =>
  name.length >= 2 && FIRST_NAMES.has(name[0].lower) && name.slice(1).every((t) => !ORG_HEADS.has(t.lower) && !GROUP_HEADS.has(t.lower));

/**
 * "Anna Berg SPD said": the acronym of a party or a body glued after a full name (it says where the
 * person is from and is no part of the name), or null.
 */
export function gluedAcronym(words: readonly Token[]): Token | null {
  const acronym = words[words.length - 1];
  const name = words.slice(0, -1);
  return words.length >= 3 && /^\p{Lu}{2,6}$/u.test(acronym.text) && knownPerson(name) && name.every((t) => isNameWord(t) && !isPossessive(t)) ? acronym : null;
}

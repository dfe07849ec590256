import lexicon from './speakers.lexicon.json';
import { lowerBound } from './search';
import { isPossessive, stripPossessive, type Token } from './tokens';
import type { Mention, MentionType } from './types';

/** A person, organisation or group known to the document, as the speakers stage builds it. */
export interface Entity {
  id: number;
  name: string;
  kind: 'person' | 'organisation' | 'group';
  /** Roles given to it, in text order. */
  roles: string[];
  /** Offset where the text first names it. */
  firstAt: number;
  /** Lower-case last name (persons) or head word (groups and organisations), for matching. */
  key: string;
  /** Nationality / organisation words from its roles, for matching descriptions. */
  affiliations: Set<string>;
  /** Head words of its roles ("minister", "president"). */
  heads: Set<string>;
}

const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const TITLE_HEADS = lower(lexicon.titleHeads);
const TITLE_MODS = lower(lexicon.titleModifiers);
const DEPARTMENTS = lower(lexicon.departments);
const HONORIFICS = lower(lexicon.honorifics);
const GROUP_HEADS = lower(lexicon.groupHeads);
const ORG_HEADS = lower(lexicon.orgHeads);
const KNOWN_ORGS = lower([...lexicon.knownOrgs, ...lexicon.countries]);
const NATIONALITIES = new Map(Object.entries(lexicon.nationalities as Record<string, string>));
const PRONOUNS = lexicon.pronouns as Record<string, string>;
const POSSESSIVE_PRONOUNS = lexicon.possessivePronouns as Record<string, string>;
const DETERMINERS = lower(lexicon.determiners);
const STOP_CAP = new Set(lexicon.stopCapitalised);
const GENERIC_HEADS = new Set(['leader', 'official', 'chief', 'head']);
const RECENT_SPEAKERS = 50;

/** The last element of `list` that `fits`. */
function findLast<T>(list: readonly T[], fits: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (fits(list[i])) return list[i];
  return undefined;
}

const isTitleWord = (t: Token): boolean => TITLE_HEADS.has(t.lower) || TITLE_MODS.has(t.lower) || NATIONALITIES.has(t.lower);
const isNameWord = (t: Token): boolean => t.kind === 'word' && t.cap && !STOP_CAP.has(t.text) && !TITLE_HEADS.has(stripPossessive(t.lower)) && !HONORIFICS.has(t.lower);

/** Splits "US Secretary of State Antony Blinken" into title "US Secretary of State" and name "Antony Blinken". */
export function splitTitle(words: Token[]): { title: Token[]; name: Token[] } {
  let h = -1;
  for (let k = 0; k < words.length; k++) if (TITLE_HEADS.has(stripPossessive(words[k].lower))) h = k;
  if (h < 0) return { title: [], name: words };
  let e = h + 1;
  if (words[e]?.lower === 'of') {
    // "Secretary of State", "Minister of the Interior"
    for (let n = 3; n >= 1; n--) {
      const phrase = words.slice(e + 1, e + 1 + n).map((w) => w.lower).join(' ');
      if (DEPARTMENTS.has(phrase)) { e = e + 1 + n; break; }
    }
  }
  return { title: words.slice(0, e), name: words.slice(e) };
}

const join = (ts: Token[]): string => ts.map((t) => t.text).join(' ').replace(/ ([’'])/g, '$1');
/** A title phrase as shown: without a leading article or conjunction ("But the RMT general secretary"). */
const titleText = (ts: Token[]): string => {
  let k = 0;
  while (k < ts.length - 1 && (DETERMINERS.has(ts[k].lower) || LEADING_CONJUNCTIONS.has(ts[k].lower))) k++;
  return join(ts.slice(k));
};
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'or', 'meanwhile']);

/** The entities and their roles, found by one pass over the text's capitalised runs. */
export class Registry {
  readonly entities: Entity[] = [];
  private readonly bySurname = new Map<string, Entity>();
  private readonly byName = new Map<string, Entity>();
  /** Persons, and organisations/groups, each ordered by where the text first names them. */
  private readonly persons: Entity[] = [];
  private readonly others: Entity[] = [];

  /** Adds (or finds) a person, merging name forms by last name and keeping the fullest. */
  person(nameTokens: Token[], at: number, role?: string, parts: string[] = nameParts(nameTokens)): Entity {
    const key = (parts[parts.length - 1] ?? '').toLowerCase();
    let e = this.bySurname.get(key);
    if (!e) {
      e = { id: this.entities.length, name: parts.join(' '), kind: 'person', roles: [], firstAt: at, key, affiliations: new Set(), heads: new Set() };
      this.entities.push(e);
      this.bySurname.set(key, e);
      insertByPosition(this.persons, e);
    } else if (parts.length > e.name.split(' ').length) {
      e.name = parts.join(' ');
    }
    if (role) this.addRole(e, role);
    return e;
  }

  /** Adds (or finds) an organisation or group by its display name. */
  other(name: string, kind: 'organisation' | 'group', at: number, key: string): Entity {
    const norm = kind + ':' + name.toLowerCase().replace(/’/g, "'").replace(/^the /, '');
    let e = this.byName.get(norm);
    if (!e) {
      e = { id: this.entities.length, name, kind, roles: [], firstAt: at, key, affiliations: new Set(), heads: new Set() };
      this.entities.push(e);
      this.byName.set(norm, e);
      insertByPosition(this.others, e);
    }
    return e;
  }

  /** The most recent entity named before `at` that `fits`, looking back at most `limit` entities. */
  latestBefore(at: number, persons: boolean, fits: (e: Entity) => boolean, limit = 200): Entity | undefined {
    const list = persons ? this.persons : this.others;
    for (let i = firstAtOrAfter(list, at) - 1, n = 0; i >= 0 && n < limit; i--, n++) if (fits(list[i])) return list[i];
    return undefined;
  }

  /** The first person named after `at`. */
  firstPersonAfter(at: number): Entity | undefined {
    return this.persons[firstAtOrAfter(this.persons, at + 1)];
  }

  /** Every last name known, lower-case. */
  surnames(): Set<string> {
    return new Set(this.bySurname.keys());
  }

  /** Finds a person by a single last name. */
  bySurnameKey(key: string): Entity | undefined {
    return this.bySurname.get(key.toLowerCase());
  }

  /** Records a role and the affiliation and head words it carries. */
  addRole(e: Entity, role: string): void {
    const clean = role.replace(/^(the|a|an)\s+/i, '').trim();
    if (!clean || e.roles.includes(clean)) return;
    e.roles.push(clean);
    for (const w of clean.toLowerCase().split(/\s+/)) {
      const nat = NATIONALITIES.get(w) ?? NATIONALITIES.get(stripPossessive(w));
      if (nat) e.affiliations.add(nat);
      else if (!TITLE_HEADS.has(w) && !TITLE_MODS.has(w)) e.affiliations.add(stripPossessive(w));
      if (TITLE_HEADS.has(w)) e.heads.add(w);
    }
  }

  /** The role to show: the fullest one the text gives. */
  static role(e: Entity): string | null {
    if (!e.roles.length) return null;
    return e.roles.reduce((best, r) => (r.split(/\s+/).length > best.split(/\s+/).length ? r : best));
  }
}

/** Index of the first entity in `list` (ordered by `firstAt`) at or after `at`. */
const firstAtOrAfter = (list: Entity[], at: number): number => lowerBound(list, at, (e) => e.firstAt);

/** Inserts `e` into `list`, keeping it ordered by `firstAt` (appending is the common case). */
function insertByPosition(list: Entity[], e: Entity): void {
  const i = firstAtOrAfter(list, e.firstAt + 1);
  if (i === list.length) list.push(e);
  else list.splice(i, 0, e);
}

/** Is a run of name words a known organisation or place rather than a person? */
function isOrgName(words: string[]): boolean {
  const s = words.join(' ').toLowerCase();
  if (KNOWN_ORGS.has(s) || KNOWN_ORGS.has(stripPossessive(s))) return true;
  return words.some((w) => ORG_HEADS.has(w.toLowerCase()) || GROUP_HEADS.has(w.toLowerCase()) || KNOWN_ORGS.has(w.toLowerCase()) || NATIONALITIES.has(w.toLowerCase()));
}

const NP_WORDS = lower(lexicon.npWords);
const PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'at', 'to']);

/** Is this comma-delimited segment a title phrase ("the harbour authority's chief executive")? */
function isTitlePhrase(seg: Token[]): boolean {
  if (!seg.length || seg.length > 10 || seg.some((t) => t.kind !== 'word')) return false;
  const prep = seg.findIndex((t) => PREPOSITIONS.has(t.lower));
  let core = prep > 0 ? seg.slice(0, prep) : seg;
  if (prep >= 0 && seg.length - prep > 6) return false;
  // The phrase ends in its head ("... climate commissioner", "... envoy for water").
  if (!TITLE_HEADS.has(stripPossessive(core[core.length - 1].lower))) return false;
  // Before a possessive anything goes ("the harbour authority's"); after it, a few words.
  let owner = -1;
  core.forEach((t, i) => { if (isPossessive(t)) owner = i; });
  if (owner >= 0) return core.length - owner - 1 <= 4 && core.slice(owner + 1).every((t) => !t.cap || TITLE_HEADS.has(t.lower) || TITLE_MODS.has(t.lower));
  core = core.slice(owner + 1);
  return core.every((t) => t.cap || isPossessive(t) || DETERMINERS.has(t.lower) || TITLE_HEADS.has(t.lower) || TITLE_MODS.has(t.lower) || NP_WORDS.has(t.lower) || NATIONALITIES.has(t.lower) || /^[\p{L}]+-[\p{L}]+$/u.test(t.text));
}

/** Verbs of a relative clause that give a role ("who chairs X" → "chair of X"). */
const ROLE_VERBS = new Map([['chairs', 'chair'], ['leads', 'leader'], ['heads', 'head'], ['runs', 'head'], ['directs', 'director'], ['represents', 'representative'], ['advises', 'adviser'], ['founded', 'founder'], ['co-founded', 'co-founder'], ['governs', 'governor'], ['manages', 'manager'], ['edits', 'editor']]);

/** Is this segment a bare personal name ("Robert Fenn")? */
const isNameSegment = (seg: Token[]): boolean => seg.length >= 2 && seg.length <= 4 && seg.every(isNameWord) && !isOrgName(seg.map((t) => t.text));

/** The personal name that ends a segment ("said Marina Silva" → "Marina Silva"). */
function trailingName(seg: Token[]): Token[] | null {
  let k = seg.length;
  while (k > 0 && seg.length - k < 4 && isNameWord(seg[k - 1])) k--;
  const name = seg.slice(k);
  return isNameSegment(name) ? name : null;
}

/**
 * "the outgoing and incoming Sinn Féin presidents, Mr Adams and Ms McDonald": a plural title
 * followed by two names gives each the singular title (from its first capitalised word on).
 */
function pluralRoles(a: Token[], b: Token[], facts: PersonFact[]): boolean {
  const head = a[a.length - 1];
  if (!head || head.cap || !/s$/.test(head.lower) || !TITLE_HEADS.has(head.lower.slice(0, -1))) return false;
  const and = b.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and === b.length - 1 || b.length > 8) return false;
  const people = [b.slice(0, and), b.slice(and + 1)].map((n) => n.filter((t) => !HONORIFICS.has(t.lower)));
  if (!people.every((n) => n.length >= 1 && n.length <= 3 && n.every(isNameWord))) return false;
  // The organisation just before the head ("Sinn Féin presidents"); earlier words describe.
  let firstCap = a.length - 1;
  while (firstCap > 0 && a[firstCap - 1].cap && !STOP_CAP.has(a[firstCap - 1].text)) firstCap--;
  if (firstCap === a.length - 1) return false;
  const role = `${join(a.slice(firstCap, -1))} ${head.text.slice(0, -1)}`;
  for (const n of people) facts.push({ name: n, parts: nameParts(n), role });
  return true;
}

/** Roles from appositions anywhere in a sentence: "NAME, the TITLE," and "X's TITLE, NAME,". */
function appositionFacts(tokens: Token[], facts: PersonFact[]): void {
  const segs: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === '.')) segs.push([]);
    else if (t.kind === 'quote') segs.push([]);
    else segs[segs.length - 1].push(t);
  }
  for (let i = 0; i + 1 < segs.length; i++) {
    const [a, b] = [segs[i], segs[i + 1]];
    if (pluralRoles(a, b, facts)) continue;
    const named = trailingName(a);
    if (named && isTitlePhrase(b)) facts.push({ name: named, parts: nameParts(named), role: titleText(b) });
    else if (named && b[0]?.lower === 'who' && ROLE_VERBS.has(b[1]?.lower ?? '') && b.length >= 3 && b.length <= 10) {
      // "Cedric Schuster, who chairs the Alliance of Small Island States"
      facts.push({ name: named, parts: nameParts(named), role: `${ROLE_VERBS.get(b[1].lower)} of ${join(b.slice(2))}` });
    }
    else if (isTitlePhrase(a) && isNameSegment(b) && !a.some((t) => t.cap && isNameWord(t) && !isPossessive(t) && !TITLE_MODS.has(t.lower) && !NATIONALITIES.get(t.lower) && a.indexOf(t) === a.length - 1)) facts.push({ name: b, parts: nameParts(b), role: titleText(a) });
  }
}

/** A person the text names, with the role it gives, found in one sentence. */
export interface PersonFact {
  name: Token[];
  /** The name's words without possessive endings and honorifics. */
  parts: string[];
  role?: string;
}

/** A name's words without possessive endings and honorifics ("Ms Foster’s" → ["Foster"]). */
export const nameParts = (tokens: Token[]): string[] => tokens.map((t) => stripPossessive(t.text)).filter((w) => !HONORIFICS.has(w.toLowerCase()));

/** Every "Title Name", apposition and two-word name in one sentence's tokens, in order. */
export function personFacts(tokens: Token[]): PersonFact[] {
  const facts: PersonFact[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    const startsRun = t.kind === 'word' && ((t.cap && !STOP_CAP.has(t.text)) || isTitleWord(t) || HONORIFICS.has(t.lower));
    if (!startsRun) { k++; continue; }
    let e = k;
    const run: Token[] = [];
    while (e < tokens.length) {
      const u = tokens[e];
      if (u.kind !== 'word') break;
      const afterTitle = run.length > 0 && TITLE_HEADS.has(run[run.length - 1].lower);
      const ok = (u.cap && (!STOP_CAP.has(u.text) || (afterTitle && tokens[e + 1]?.cap))) || isTitleWord(u) || HONORIFICS.has(u.lower)
        || (u.lower === 'of' && run.length > 0 && TITLE_HEADS.has(run[run.length - 1].lower) && !!tokens[e + 1]?.cap);
      if (!ok) break;
      run.push(u);
      e++;
      // A possessive ends a name ("Adams’s successor") unless a title follows ("Farmers' union chair").
      if (isPossessive(u) && !(tokens[e] && !tokens[e].cap && isTitleWord(tokens[e]))) break;
    }
    k = Math.max(e, k + 1);
    if (!run.length) continue;
    // "the Farmers' Party", "Women's League": a possessive inside a proper name, not a person.
    const end = run[run.length - 1];
    if (isPossessive(end) && (/s[’']$/.test(end.text) || tokens[e]?.cap)) continue;
    const split = splitTitle(run);
    const title = split.title;
    let name = split.name;
    // "Sir Keir Starmer", "Ms Grace Nolan": the honorific is not part of the name.
    while (name.length > 1 && HONORIFICS.has(name[0].lower)) name = name.slice(1);
    const nameWords = name.filter(isNameWord);
    if (nameWords.length !== name.length || !name.length) continue;
    if (isOrgName(name.map((w) => stripPossessive(w.text)))) continue;
    const honorific = run.some((w) => HONORIFICS.has(w.lower));
    if (title.length && title.some((w) => TITLE_HEADS.has(w.lower)) && !isPossessive(title[title.length - 1])) {
      facts.push({ name, parts: nameParts(name), role: titleText(title.filter((w) => !HONORIFICS.has(w.lower))) });
    } else if (name.length >= 2 || honorific) {
      facts.push({ name, parts: nameParts(name) });
    }
  }
  appositionFacts(tokens, facts);
  return facts;
}

/** What a speaker phrase turned out to be. */
export interface ParsedMention {
  type: MentionType;
  /** For pronouns and possessive pronouns: person | organisation | group | relative. */
  refKind?: string;
  nameTokens: Token[];
  titleTokens: Token[];
  /** For "the office of X" / "his office": the head phrase ("office", "foreign ministry"). */
  ofHead?: string;
  /** Description words ("German", "minister"). */
  words: string[];
  head: string;
}

const parsedMentions = new WeakMap<Token[], ParsedMention>();

/** Classifies a speaker phrase (memoised per phrase: cached paragraphs keep their tokens). */
export function parseMention(np: Token[]): ParsedMention {
  let p = parsedMentions.get(np);
  if (!p) parsedMentions.set(np, (p = classifyMention(np)));
  return p;
}

function classifyMention(np: Token[]): ParsedMention {
  const words = np.map((t) => stripPossessive(t.lower));
  const head = words[words.length - 1] ?? '';
  if (np.length === 1 && PRONOUNS[np[0].lower]) {
    const refKind = PRONOUNS[np[0].lower];
    return { type: refKind === 'relative' ? 'relative' : 'pronoun', refKind, nameTokens: [], titleTokens: [], words, head };
  }
  let body = np;
  while (body.length > 1 && DETERMINERS.has(body[0].lower) && !POSSESSIVE_PRONOUNS[body[0].lower]) body = body.slice(1);
  // "his office", "its ministry"
  if (POSSESSIVE_PRONOUNS[body[0]?.lower ?? ''] && body.length > 1) {
    return { type: 'organisation', refKind: POSSESSIVE_PRONOUNS[body[0].lower], ofHead: join(body.slice(1)).toLowerCase(), nameTokens: [], titleTokens: [], words, head };
  }
  // "the office of Israeli Prime Minister Benjamin Netanyahu", "the foreign ministry of fellow mediator Egypt"
  const of = body.findIndex((t) => t.lower === 'of');
  if (of > 0 && body.slice(0, of).some((t) => ORG_HEADS.has(t.lower)) && !body[0].cap) {
    const owner = body.slice(of + 1);
    const { name } = splitTitle(owner.filter((t) => t.cap));
    return { type: 'organisation', ofHead: join(body.slice(0, of)).toLowerCase(), nameTokens: name.length ? name : owner.slice(-1), titleTokens: [], words, head };
  }
  const lastCapHead = GROUP_HEADS.has(head) || ORG_HEADS.has(head) || TITLE_HEADS.has(head);
  if (lastCapHead && !np[np.length - 1].cap) {
    return { type: 'description', nameTokens: [], titleTokens: body, words, head };
  }
  const { title, name } = splitTitle(body);
  const names = name.filter((t) => isNameWord(t) || HONORIFICS.has(t.lower));
  if (names.length) {
    const orgLike = isOrgName(names.map((t) => stripPossessive(t.text))) || ORG_HEADS.has(head) || GROUP_HEADS.has(head);
    return { type: orgLike && !title.length ? 'organisation' : 'name', nameTokens: names, titleTokens: title, words, head };
  }
  return { type: 'description', nameTokens: [], titleTokens: body, words, head };
}

/** One resolved attribution. */
export interface Resolution {
  entity: Entity | null;
  mention: Mention | null;
}

/** Resolves speaker phrases in text order, keeping track of who spoke last. */
export class Resolver {
  private lastPerson: Entity | null = null;
  private lastOrg: Entity | null = null;
  private lastGroup: Entity | null = null;
  private lastAny: Entity | null = null;
  /** Recent distinct speakers, most recent last; bounded so look-ups stay constant-time. */
  private readonly recent: Entity[] = [];

  constructor(private readonly reg: Registry) {}

  /**
   * Resolves `np` at its place in the text. Token offsets are relative to `paragraph`, and so is
   * the returned mention; `base` orders the paragraph in the document. `appositions` may carry a role.
   */
  resolve(np: Token[], appositions: Token[][], paragraph: string, base: number): Resolution {
    const first = np[0];
    const last = np[np.length - 1];
    const mention: Mention = { start: first.start, end: last.end, text: paragraph.slice(first.start, last.end), type: 'name' };
    const at = base + first.start;
    const p = parseMention(np);
    mention.type = p.type;
    let e: Entity | null = null;
    switch (p.type) {
      case 'pronoun':
        e = p.refKind === 'organisation' ? this.lastOrg ?? this.lastAny : p.refKind === 'group' ? this.lastGroup ?? this.lastAny : this.lastPerson ?? this.lastAny;
        break;
      case 'relative':
        e = this.lastAny;
        break;
      case 'organisation': {
        if (p.ofHead !== undefined) {
          let owner: string;
          if (p.refKind) {
            const ref = p.refKind === 'person' ? this.lastPerson : p.refKind === 'organisation' ? this.lastOrg : this.lastGroup;
            owner = ref ? (ref.kind === 'person' ? ref.name.split(' ').pop()! : ref.name.replace(/^the /i, '')) : '';
          } else {
            const person = p.nameTokens.length ? this.reg.bySurnameKey(stripPossessive(p.nameTokens[p.nameTokens.length - 1].text)) : undefined;
            owner = person ? person.name.split(' ').pop()! : stripPossessive(p.nameTokens[p.nameTokens.length - 1]?.text ?? '');
          }
          const name = owner ? `${owner}’s ${p.ofHead}` : `the ${p.ofHead}`;
          e = this.reg.other(name, 'organisation', at, p.ofHead);
        } else {
          e = this.reg.other(this.displayName(np), 'organisation', at, p.head);
        }
        break;
      }
      case 'name': {
        const words = p.nameTokens.filter((t) => !HONORIFICS.has(t.lower));
        if (!words.length) break; // a bare "Ms" names nobody
        const found = this.reg.bySurnameKey(stripPossessive(words[words.length - 1].text));
        e = found ?? this.reg.person(words, at);
        if (p.titleTokens.length) this.reg.addRole(e, titleText(p.titleTokens));
        break;
      }
      case 'description':
        e = this.description(p, np, at, true);
        break;
    }
    if (e) {
      for (const ap of appositions) if (ap.some((t) => TITLE_HEADS.has(t.lower))) this.reg.addRole(e, titleText(ap));
      this.note(e);
    }
    return { entity: e, mention };
  }

  /** Remembers `e` as the latest speaker of its kind. */
  note(e: Entity): void {
    this.lastAny = e;
    if (e.kind === 'person') this.lastPerson = e;
    else if (e.kind === 'organisation') this.lastOrg = e;
    else this.lastGroup = e;
    // Singular group speakers ("a spokesman", "one senior source") are "he"/"she" later on.
    if (e.kind === 'group' && /(man|woman|person|source|official|aide)$/.test(e.key)) this.lastPerson = e;
    const i = this.recent.indexOf(e);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(e);
    if (this.recent.length > RECENT_SPEAKERS) this.recent.shift();
  }

  /** The speaker the previous quote had, for quotes with no cue of their own. */
  get current(): Entity | null {
    return this.lastAny;
  }

  private displayName(np: Token[]): string {
    let body = np;
    while (body.length > 1 && ['a', 'an'].includes(body[0].lower)) body = body.slice(1);
    const s = join(body);
    return body[0].lower === 'the' ? 'the ' + s.slice(4) : s;
  }

  /** Resolves a description ("the German minister", "the sources", "a Sinn Féin spokesman"). */
  /**
   * The known person a title description names ("The Dutch Prime Minister is not hopeful"), or
   * null: for sentences without quotes, where nothing new is created. Adds the description's role.
   */
  existing(np: Token[], base: number): Entity | null {
    const p = parseMention(np);
    if (p.type !== 'description' || !TITLE_HEADS.has(p.head) || GROUP_HEADS.has(p.head) || !['the', 'this', 'that'].includes(np[0].lower)) return null;
    return this.description(p, np, base + np[0].start, false);
  }

  private description(p: ParsedMention, np: Token[], at: number, create: true): Entity;
  private description(p: ParsedMention, np: Token[], at: number, create: false): Entity | null;
  private description(p: ParsedMention, np: Token[], at: number, create: boolean): Entity | null {
    const definite = ['the', 'this', 'that'].includes(np[0].lower);
    const head = p.head;
    const isPersonTitle = TITLE_HEADS.has(head) && !GROUP_HEADS.has(head);
    if (ORG_HEADS.has(head) && !TITLE_HEADS.has(head)) {
      if (definite) {
        const org = findLast(this.recent, (x) => x.kind === 'organisation' && x.name.toLowerCase().includes(head));
        if (org) return org;
      }
      return this.reg.other(this.displayName(np), 'organisation', at, head);
    }
    if (definite || isPersonTitle) {
      const affil = new Set<string>();
      for (const w of p.words) {
        const nat = NATIONALITIES.get(w);
        if (nat) affil.add(nat);
        else if (!TITLE_HEADS.has(w) && !TITLE_MODS.has(w) && !DETERMINERS.has(w) && !GROUP_HEADS.has(w)) affil.add(w);
      }
      const fits = (x: Entity): boolean => {
        if (x.kind === 'person') {
          if (!isPersonTitle) return false;
          const headOk = x.heads.has(head) || GENERIC_HEADS.has(head) || x.heads.size === 0;
          // A role with no affiliation ("Prime Minister") can take one ("the Dutch Prime Minister").
          const affOk = [...affil].every((a) => x.affiliations.has(a)) || (x.affiliations.size === 0 && x.heads.has(head));
          return headOk && affOk && (x.heads.size > 0 || affil.size === 0 || x.roles.length === 0);
        }
        return x.key === head || x.name.toLowerCase().split(/\s+/).includes(head);
      };
      // Most recent first: speakers, then anyone the text has named before.
      let e = findLast(this.recent, fits) ?? this.reg.latestBefore(at, isPersonTitle, fits);
      // A description that opens the story names a person introduced just after it.
      if (!e && isPersonTitle && create) e = this.reg.firstPersonAfter(at);
      if (e) {
        // "the German minister" adds to what we know; a bare "the Prime Minister" is a role only
        // for someone the text has given none.
        if (e.kind === 'person' && isPersonTitle && (affil.size || !e.roles.length)) this.reg.addRole(e, titleText(np));
        return e;
      }
    }
    if (!create) return null;
    const name = this.displayName(np).replace(/^the /, '');
    const groupHead = p.words.find((w) => GROUP_HEADS.has(w)) ?? head;
    return this.reg.other(name, 'group', at, groupHead);
  }
}

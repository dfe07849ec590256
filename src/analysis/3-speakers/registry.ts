import { lowerBound } from '../search';
import { stripPossessive, type Token } from '../1-segment/tokens';
import { ABBREVIATED_HEADS, canonicalSpelling, FIRST_NAME_GENDER, FIRST_NAMES, isAgentNoun, isOccupation, isPeopleHead, TITLE_HEADS, TITLE_MODIFIERS } from '../words/words';
import { foldName, nameParts, surnameKey } from './names';
import { COMPANY_POSTS, NATIONALITIES, ROLE_VERBS, SEATS } from './speakerWords';
import { DESCRIPTION_LOOKAHEAD, DESCRIPTION_LOOKBACK } from './windows';

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
  /** Man or woman, once the text says so (an honorific, a gendered title, a pronoun that meant them). */
  gender?: 'm' | 'f';
  /** What the first name hints at ("Martin", "Rosa"): weaker than `gender`, and wrong for some names in some languages. */
  nameGender?: 'm' | 'f';
  /** A lone capitalised word the text never gives as a person's full name ("Zentrix said"): maybe an organisation. */
  unnamed?: true;
  /** Named with an honorific ("Mr Hale"), as public figures are: one given no post may still hold the one described next. */
  honorific?: true;
}

/** The entities and their roles, found by one pass over the text's capitalised runs. */
export class Registry {
  readonly entities: Entity[] = [];
  private readonly bySurname = new Map<string, Entity>();
  /** Persons by first name, for texts that refer back by it ("Selma said"); null where two share one. */
  private readonly byFirstName = new Map<string, Entity | null>();
  /**
   * Persons with long names (three words or more) by each capitalised word but the last, for texts
   * that refer back by one of them ("Prince Faisal" after "Faisal bin Farhan", "Lula" after "Luiz
   * Inácio Lula da Silva"); null where two share one.
   */
  private readonly byLongNameWord = new Map<string, Entity | null>();
  private readonly byName = new Map<string, Entity>();
  /** Organisations by the acronym the text defines for them ("University and College Union (UCU)"). */
  private readonly acronyms = new Map<string, Entity>();
  /** Organisations the text has so far named only in passing, never as a speaker. */
  private readonly namedInPassing = new Set<Entity>();
  /** People who share a surname (relatives: "Tom Hale", "Ana Hale"), by surname key, first named first. */
  private readonly relatives = new Map<string, Entity[]>();
  /** How many times an entity, a name or a role has changed: what the answers kept below were worked out at. */
  private revision = 0;
  private readonly employers = new Map<string, boolean>();
  private employersAt = -1;
  /** Persons, and organisations/groups, each ordered by where the text first names them. */
  private readonly persons: Entity[] = [];
  private readonly others: Entity[] = [];

  /** Adds (or finds) a person, merging name forms by last name and keeping the fullest. */
  person(nameTokens: Token[], at: number, role?: string, parts: string[] = nameParts(nameTokens), gender?: 'm' | 'f', honorific?: true): Entity {
    const key = surnameKey(parts);
    // (A lone word no surname matches may be a first name only one person has: "Dame Philippa", "Sir Ken".)
    let e = this.bySurname.get(key) ?? (parts.length === 1 ? this.byLongNameWord.get(key) ?? this.byFirstName.get(key) ?? undefined : undefined);
    // "Tom Hale … his sister, Ana Hale": two first names the lists know on one surname are two people.
    if (e && parts.length >= 2) {
      const kin = this.relatives.get(key) ?? [e];
      const same = kin.find((x) => !otherFirstName(x, parts));
      if (!same) {
        e = this.newPerson(parts, at, key);
        this.relatives.set(key, [...kin, e]);
      } else e = same;
    } else if (e && gender) {
      // ("Ms Hale" where Tom and Ana Hale are named: the relative of that gender.)
      e = this.bySurnameAndGender(key, gender) ?? e;
    }
    // "Mercy Valley" after "Mercy Valley Health": a short form of a longer name given before.
    const longer = !e && parts.length >= 2 ? this.byLeadingWords(parts, at) : undefined;
    if (longer) {
      e = longer;
      this.bySurname.set(key, e);
    } else if (!e) {
      e = this.newPerson(parts, at, key);
      this.bySurname.set(key, e);
      // "Robert Kane Jr": a bare "Kane" later means the first Kane named.
      const plain = key.split(' ')[0];
      if (plain !== key && !this.bySurname.has(plain)) this.bySurname.set(plain, e);
    } else if (parts.length > e.name.split(' ').length) {
      e.name = parts.join(' ');
      this.revision++;
    }
    if (parts.length >= 2) {
      const first = parts[0].toLowerCase();
      const known = this.byFirstName.get(first);
      this.byFirstName.set(first, known === undefined || known === e ? e : null);
      e.nameGender ??= FIRST_NAME_GENDER.get(first);
    }
    if (parts.length >= 3) {
      for (const w of parts.slice(0, -1)) {
        if (!/^\p{Lu}/u.test(w)) continue;
        const word = w.toLowerCase();
        const known = this.byLongNameWord.get(word);
        this.byLongNameWord.set(word, known === undefined || known === e ? e : null);
      }
    }
    if (role) this.addRole(e, role);
    if (gender) e.gender ??= gender;
    if (honorific) e.honorific = true;
    return e;
  }

  /** A new person, listed among the entities and the persons in text order. */
  private newPerson(parts: string[], at: number, key: string): Entity {
    const e: Entity = { id: this.entities.length, name: parts.join(' '), kind: 'person', roles: [], firstAt: at, key, affiliations: new Set(), heads: new Set() };
    this.entities.push(e);
    insertByPosition(this.persons, e);
    this.revision++;
    return e;
  }

  /**
   * Adds (or finds) an organisation or group by its display name. One named only in passing keeps
   * the form the text first gives it as a speaker ("the Harbour Drivers Union said").
   */
  other(name: string, kind: 'organisation' | 'group', at: number, key: string, passing = false): Entity {
    const norm = nameKey(kind, name);
    let e = this.byName.get(norm) ?? this.namedHere(norm, kind, at);
    if (!e) {
      e = { id: this.entities.length, name, kind, roles: [], firstAt: at, key, affiliations: new Set(), heads: new Set() };
      this.entities.push(e);
      this.byName.set(norm, e);
      insertByPosition(this.others, e);
      if (passing) this.namedInPassing.add(e);
      this.revision++;
    } else if (!passing && this.namedInPassing.delete(e)) {
      e.name = name;
      this.revision++;
    }
    return e;
  }

  /**
   * The organisation named in passing at `at` whose name the fuller one `norm` continues with "of"
   * ("Writers Union", where the text reads "the Writers Union of America said"), keyed by the fuller name from now on.
   */
  private namedHere(norm: string, kind: 'organisation' | 'group', at: number): Entity | undefined {
    const i = firstAtOrAfter(this.others, at);
    const e = this.others[i];
    // (The phrase may open with "the" before the name.)
    if (!e || e.firstAt - at > 'the '.length || e.kind !== kind || !this.namedInPassing.has(e)) return undefined;
    if (!norm.startsWith(nameKey(kind, e.name) + ' of ')) return undefined;
    this.byName.set(norm, e);
    return e;
  }

  /** The person whose role spells out this acronym in brackets ("Chief Finance Officer (CFO) of the college"), if exactly one. */
  personWithRoleAcronym(acronym: string): Entity | undefined {
    const mark = `(${acronym})`;
    const found = this.persons.filter((e) => e.roles.some((r) => r.includes(mark)));
    return found.length === 1 ? found[0] : undefined;
  }

  /** Records an organisation the text names with its acronym in brackets; the first definition holds. */
  acronym(acronym: string, name: string, at: number): void {
    if (!this.acronyms.has(acronym)) this.acronyms.set(acronym, this.other(name, 'organisation', at, name.split(' ').pop()!.toLowerCase()));
  }

  /**
   * The organisation a one-word name stands for, named before `at`: its acronym ("CUPE" for the
   * Northern Union of Rail Workers) or the distinctive word of its name ("Harlow" for The Harlow
   * Paper Company). Undefined when none, or when two organisations could be meant.
   */
  organisationCalled(word: string, at: number, definite = false): Entity | undefined {
    const defined = this.acronyms.get(word);
    if (defined && defined.firstAt < at) return defined;
    const acronym = /^\p{Lu}{2,}$/u.test(word) ? word : null;
    const lower = word.toLowerCase();
    const matches = this.others.filter((e) => {
      if (e.kind !== 'organisation' || e.firstAt >= at) return false;
      const words = e.name.replace(/^the /i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (words.length < 2) return false;
      if (acronym) return words.map((w) => w[0]).join('') === acronym;
      // ("the Fund" after "the International Monetary Fund": with "the", its capitalised head alone.)
      if (definite) return words[words.length - 1].toLowerCase() === lower;
      return words.slice(0, -1).some((w) => w.toLowerCase().replace(/[’']s$/, '') === lower);
    });
    // "The Harbour Shipping Company and Bluewater" as one subject holds the company's name: the name itself is meant.
    const plain = matches.filter((e) => !matches.some((o) => o !== e && e.name.toLowerCase().includes(o.name.toLowerCase().replace(/^the /, ''))));
    return plain.length === 1 ? plain[0] : undefined;
  }

  /**
   * The one entity named before `at` whose name opens with these words and runs on ("Mercy Valley"
   * for "Mercy Valley Health"), or undefined.
   */
  byLeadingWords(words: string[], at: number): Entity | undefined {
    const lead = words.join(' ').toLowerCase();
    const matches = this.entities.filter((e) => e.firstAt < at && e.name.toLowerCase().replace(/^the /, '').startsWith(lead + ' '));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * Is `name` given only as where people work from outside ("an analyst at Meridian Capital", "Analysts at
   * Meridian Capital"), never with a post inside it ("Halden chief executive")?
   */
  onlyAnEmployer(name: string): boolean {
    // (Asked of many names at each description: kept until an entity, a name or a role changes.)
    if (this.employersAt !== this.revision) {
      this.employers.clear();
      this.employersAt = this.revision;
    }
    let only = this.employers.get(name);
    if (only === undefined) this.employers.set(name, (only = this.givenOnlyAsEmployer(name)));
    return only;
  }

  private givenOnlyAsEmployer(name: string): boolean {
    const groups = this.others.filter((o) => o.name !== name && o.name.includes(name)).map((o) => o.name);
    const roles = [...this.persons.flatMap((p) => p.roles), ...groups].filter((r) => r.includes(name));
    // (A post of the body, "the head of the Dock Union", makes it one the story is about.)
    const ofIt = (r: string): boolean => /\bof(?: the)?(?: \p{Ll}[\p{L}-]*){0,2} $/u.test(r.slice(0, r.indexOf(name)));
    return roles.length > 0 && !roles.some((r) => ofIt(r) || r.toLowerCase().split(/\s+/).some((w) => COMPANY_POSTS.has(w)));
  }

  /** The most recent entity named before `at` that `fits`, looking back at most `limit` entities. */
  latestBefore(at: number, persons: boolean, fits: (e: Entity) => boolean, limit = DESCRIPTION_LOOKBACK): Entity | undefined {
    const list = persons ? this.persons : this.others;
    for (let i = firstAtOrAfter(list, at) - 1, n = 0; i >= 0 && n < limit; i--, n++) if (fits(list[i])) return list[i];
    return undefined;
  }

  /** The first organisation or group named after `at` that `fits`, looking ahead at most `limit` of them. */
  firstOtherAfter(at: number, fits: (e: Entity) => boolean, limit = DESCRIPTION_LOOKAHEAD): Entity | undefined {
    return firstAfter(this.others, at, fits, limit);
  }

  /** The first person named after `at` that `fits`, looking ahead at most `limit` persons. */
  firstPersonAfter(at: number, fits: (e: Entity) => boolean = () => true, limit = DESCRIPTION_LOOKAHEAD): Entity | undefined {
    return firstAfter(this.persons, at, fits, limit);
  }

  /** Every last name known, lower-case. */
  surnames(): Set<string> {
    return new Set(this.bySurname.keys());
  }

  /** Finds the one person the text names with this first name, if only one has it. */
  byFirstNameKey(key: string): Entity | undefined {
    return this.byFirstName.get(key.toLowerCase()) ?? undefined;
  }

  /** The person a surname and an honorific's gender mean ("Ms Hale" where Tom and Ana Hale are named), if the text names relatives. */
  bySurnameAndGender(key: string, gender: 'm' | 'f'): Entity | undefined {
    return this.relatives.get(foldName(key))?.find((x) => (x.gender ?? x.nameGender) === gender);
  }

  /** Finds a person by a single last name. */
  bySurnameKey(key: string): Entity | undefined {
    return this.bySurname.get(foldName(key));
  }

  /**
   * The person a full name means among those of its surname: the one whose first name agrees, or
   * undefined when every one has another ("John Moyo" is not "July Moyo", whom the text named first).
   */
  byFullName(parts: string[]): Entity | undefined {
    const key = surnameKey(parts);
    const e = this.bySurname.get(key);
    if (!e || parts.length < 2) return e;
    return (this.relatives.get(key) ?? [e]).find((x) => !otherFirstName(x, parts));
  }

  /** Records a role and the affiliation and head words it carries. */
  addRole(e: Entity, role: string): void {
    const clean = role.replace(/^(the|a|an)\s+/i, '').trim();
    if (!clean || e.roles.includes(clean)) return;
    e.roles.push(clean);
    this.revision++;
    // ("head of Varia's Digital, Culture and Media Committee": a comma in the name is no part of a word.)
    const words = clean.toLowerCase().split(/[\s,;]+/).filter(Boolean);
    // ("striker Tom Ferris", later "the striker said": what someone does, heading the role, describes them as a post does.)
    const last = words[words.length - 1];
    if (words.length <= 2 && isOccupation(last) && !TITLE_HEADS.has(last)) e.heads.add(last);
    for (const w of words) {
      const nat = NATIONALITIES.get(w) ?? NATIONALITIES.get(stripPossessive(w)) ?? SEATS.get(stripPossessive(w));
      // "Gov." is a governor.
      const abbreviated = ABBREVIATED_HEADS.get(w.replace(/\.$/, ''));
      // ("chairs the constables committee": who chairs a body is its chair.)
      const verbHead = ROLE_VERBS.get(w);
      if (abbreviated) e.heads.add(abbreviated);
      else if (verbHead) e.heads.add(verbHead);
      else if (nat) e.affiliations.add(nat);
      else if (!TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w)) e.affiliations.add(stripPossessive(w));
      if (TITLE_HEADS.has(w)) e.heads.add(canonicalSpelling(w));
    }
  }

  /** The role to show: the fullest post the text gives ("Senator" over "historian at Harbour University"), else the fullest role. */
  static role(e: Entity): string | null {
    if (!e.roles.length) return null;
    // ("one of the so-called frugal leaders" says what group the person is in, not their post.)
    // ("vice-chair of the panel": a head joined by a hyphen counts.)
    const posts = e.roles.filter((r) => !/^one of\b/i.test(r) && r.toLowerCase().split(/[\s-]+/).some((w) => TITLE_HEADS.has(stripPossessive(w))));
    return (posts.length ? posts : e.roles).reduce((best, r) => (r.split(/\s+/).length > best.split(/\s+/).length ? r : best));
  }
}

/** Does the person go by another first name than `parts` opens with, both known first names ("Tom Hale" and "Ana Hale")? */
function otherFirstName(x: Entity, parts: string[]): boolean {
  const mine = x.name.split(' ');
  if (mine.length < 2) return false;
  const [a, b] = [mine[0].toLowerCase(), parts[0].toLowerCase()];
  // (A first name no list has counts too, "July Moyo" and "Japhet Moyo"; not an initial, a short form
  // ("J. Moyo", "Alex"/"Alexander"), nor a word of a post read into a name ("Sen Lina Park", "Skipper Ewan McLeod").)
  const given = (w: string): boolean => FIRST_NAMES.has(w) || (/^\p{L}{3,}$/u.test(w) && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !ABBREVIATED_HEADS.has(w) && !isPeopleHead(w) && !isAgentNoun(w));
  // ("Curtis Boone" is the end of "Sen Curtis Boone".)
  const tail = (long: string[], short: string[]): boolean => long.length > short.length && long.slice(-short.length).join(' ').toLowerCase() === short.join(' ').toLowerCase();
  return a !== b && given(a) && given(b) && !a.startsWith(b.slice(0, 3)) && !b.startsWith(a.slice(0, 3)) && !tail(mine, parts) && !tail(parts, mine);
}

/** The key an organisation or group is found by: its kind and its name, lower-case, without "the" ("organisation:writers union"). */
const nameKey = (kind: 'organisation' | 'group', name: string): string => kind + ':' + name.toLowerCase().replace(/’/g, "'").replace(/^the /, '');

/** The first entity of `list` (ordered by `firstAt`) named after `at` that `fits`, looking at most `limit` of them. */
function firstAfter(list: Entity[], at: number, fits: (e: Entity) => boolean, limit: number): Entity | undefined {
  for (let i = firstAtOrAfter(list, at + 1), n = 0; i < list.length && n < limit; i++, n++) if (fits(list[i])) return list[i];
  return undefined;
}

/** Index of the first entity in `list` (ordered by `firstAt`) at or after `at`. */
const firstAtOrAfter = (list: Entity[], at: number): number => lowerBound(list, at, (e) => e.firstAt);

/** Inserts `e` into `list`, keeping it ordered by `firstAt` (appending is the common case). */
function insertByPosition(list: Entity[], e: Entity): void {
  const i = firstAtOrAfter(list, e.firstAt + 1);
  if (i === list.length) list.push(e);
  else list.splice(i, 0, e);
}

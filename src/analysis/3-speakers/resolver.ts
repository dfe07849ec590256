import { isPossessive, stripPossessive, type Token } from '../1-segment/tokens';
import { isAnotherOne } from '../2-candidates/phrases';
import { canonicalSpelling, CIVIL_BODIES, isOnePersonNoun, COMPANY_HEADS, DETERMINERS, FIRM_NAME_WORDS, GENERIC_TITLE_HEADS, GROUP_HEADS, isAgeNoun, isOccupation, isPeoplePlural, isPluralTitle, ORG_HEADS, PLACE_NOUNS, PLACES, PORTFOLIO_MODIFIERS, RANK_MODIFIERS, RELATIONAL_POSTS, TITLE_HEADS, TITLE_MODIFIERS } from '../words/words';
import type { Mention } from '../types';
import { genderOf } from './facts';
import { issuerOf, parseMention, type ParsedMention } from './mentions';
import { join, nameParts, postOf, surnameKey, surnameOf, titleText } from './names';
import type { Entity, Registry } from './registry';
import { COUNTRIES, DEFINITE_DETERMINERS, DEMONYM_NOUNS, PARTY_NAMES, DESCRIPTIVE_MODIFIERS, describes, listedKind, POST_SYNONYMS, SEATS, FIRST_NAMES, GENDER_WORDS, HONORIFICS, INDEFINITE_ARTICLES, LEADERSHIP_HEADS, NATIONALITIES, PARTY_MEMBER_NOUNS, POSSESSIVE_PRONOUNS, SINGULAR_GROUP_ENDING, SPOKES_ENDING, TITLE_PREPOSITIONS } from './speakerWords';
import { EMPLOYER_REACH, FORMER_POST_REACH, LONE_NAME_REACH, NAMED_LATER_LOOKAHEAD, NAMED_LATER_REACH, ORG_NAME_LOOKBACK, RECENT_SPEAKERS } from './windows';

/** The last element of `list` that `fits`. */
function findLast<T>(list: readonly T[], fits: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (fits(list[i])) return list[i];
  return undefined;
}

/** Owners that say where a body stands, not whose it is ("the world's largest miner", "the country's biggest union"). */
const GENERIC_OWNERS: ReadonlySet<string> = new Set(['world', 'country', 'nation', 'region', 'continent', 'state', 'city', 'industry', 'sector']);

/** Words that rank a body among others, no part of its name ("the world's biggest music company"). */
const RANKING_WORDS: ReadonlySet<string> = new Set(['biggest', 'largest', 'smallest', 'oldest', 'newest', 'greatest', 'richest', 'leading', 'top', 'main', 'dominant', 'second-largest', 'second-biggest', 'third-largest', 'most', 'best-known']);

/** Most characters back to the two named that "the former" and "the latter" choose between, when they are bodies. */
const FORMER_LATTER_REACH = 400;

/** Of two entities that may be undefined, the one the text names later. */
const laterNamed = (a: Entity | undefined, b: Entity | undefined): Entity | undefined => (!a ? b : !b ? a : b.firstAt > a.firstAt ? b : a);

/** One resolved attribution. */
export interface Resolution {
  entity: Entity | null;
  mention: Mention | null;
}

/** Resolves speaker phrases in text order, keeping track of who spoke last. */
export class Resolver {
  private lastPerson: Entity | null = null;
  /** Where the text last spoke of `lastPerson`. */
  private lastPersonAt = -1;
  private lastOrg: Entity | null = null;
  private lastGroup: Entity | null = null;
  /** The last group of people a sentence had as its subject without speaking ("Thousands of farmers drove …"). */
  private describedGroup: Entity | null = null;
  /** Whether the group a sentence was last about came after the last speaker noted ("Analysts were less sure. They said …"). */
  private describedLatest = false;
  private lastAny: Entity | null = null;
  /** A lone name no list knows, the subject of the latest sentence that had one ("Ruiz disagreed."), and where. */
  private loneName: { words: Token[]; at: number } | null = null;
  /** Where the person an unnamed speaker of this paragraph may be must be named by, in the text. */
  private namedLaterEnd = 0;
  /** Where the paragraph of the phrase being resolved starts, in the text. */
  private paragraphStart = 0;
  /** Recent distinct speakers, most recent last; bounded so look-ups stay constant-time. */
  private readonly recent: Entity[] = [];
  /** Who has had words attributed so far, and where the latest such attribution stands. */
  private readonly quoted = new Set<Entity>();
  private lastQuotedAt = -1;
  /** Where each recent speaker was last spoken of, where known. */
  private readonly spokenAt = new Map<Entity, number>();

  /**
   * Who a possessive pronoun in the next speaker phrase means, when the words reported before it are
   * about them ("Dock workers have rejected the offer, their union said"); set by the document pass.
   */
  ownerHint: string | null = null;
  /** Is the mention in the headline or the lede, where a story describes whom it names next? Set by the document pass. */
  inLede = false;

  /** `namedLaterEnds`: by paragraph start, where the person an unnamed speaker may be must be named by (the paragraph's end, or the next one's first sentence). */
  constructor(private readonly reg: Registry, private readonly namedLaterEnds: ReadonlyMap<number, number> = new Map()) {}

  /**
   * Resolves `np` at its place in the text. Token offsets are relative to `paragraph`, and so is
   * the returned mention; `base` orders the paragraph in the document. `appositions` may carry a role.
   */
  resolve(phrase: Token[], appositions: Token[][], paragraph: string, base: number, continues = false): Resolution {
    const np = issuerOf(phrase);
    const first = np[0];
    const last = np[np.length - 1];
    const mention: Mention = { start: first.start, end: last.end, text: paragraph.slice(first.start, last.end), type: 'name' };
    const at = base + first.start;
    this.namedLaterEnd = this.namedLaterEnds.get(base) ?? base + paragraph.length;
    this.paragraphStart = base;
    const p = parseMention(np);
    mention.type = p.type;
    let e: Entity | null = null;
    // (The two people of a pair that speaks as one.)
    let members: Entity[] = [];
    switch (p.type) {
      case 'pronoun':
        e = p.refKind === 'former' || p.refKind === 'latter' ? this.formerOrLatter(p.refKind, at)
          : p.refKind === 'person' ? this.personMeant(first.lower, at)
          // "it" is never a person; "they" may be a group or an organisation.
          : p.refKind === 'organisation' ? this.lastOrg ?? (this.lastAny?.kind !== 'person' || this.lastAny.unnamed ? this.lastAny : null)
          // ("One, speaking on condition of anonymity, said", "one of them", "the other": one of a group, never a person just quoted;
          // "… that they say will flood the market": with nobody spoken of, the group the text is about.)
          : (np.length === 1 && first.lower === 'one') || np[1]?.lower === 'of' || isAnotherOne(np) ? this.lastGroup ?? this.describedGroup
          : (this.describedLatest ? this.describedGroup : null) ?? this.lastGroup ?? this.lastAny ?? this.describedGroup;
        break;
      case 'relative':
        e = this.lastAny;
        break;
      case 'organisation': {
        if (p.document) {
          // "a Bluebird Air statement": the organisation named; "the statement": the latest one.
          // ("… the mediators said in a joint statement. The statement said …": a group or organisation that spoke last may have issued it.)
          // ("In a letter to the council, Luis Ortega wrote …. The letter also accused …": what a person
          // writes, a letter, a post or a message, is the person's who spoke last.)
          const issuer = this.lastAny && (this.lastAny.kind !== 'person' || PERSONAL_DOCUMENTS.has(p.head)) ? this.lastAny : this.lastOrg;
          e = p.nameTokens.length ? this.reg.other(nameParts(p.nameTokens).join(' '), 'organisation', at, stripPossessive(p.nameTokens[p.nameTokens.length - 1].lower)) : issuer ?? this.reg.latestBefore(at, false, (x) => x.kind === 'organisation') ?? null;
        } else if (p.named) {
          e = this.reg.organisationCalled(stripPossessive(p.nameTokens[0].text), at) ?? this.reg.other(join(p.nameTokens), 'organisation', at, p.nameTokens[p.nameTokens.length - 1].lower);
        } else if (p.ofHead !== undefined) {
          let owner: string;
          if (p.refKind && this.ownerHint) {
            // ("Dock workers have rejected the offer, their union said": whom the words are about owns it.)
            owner = this.ownerHint;
          } else if (p.refKind) {
            // ("Her office said": the person "her" means, by gender as for "she".)
            const ref = p.refKind === 'person' ? this.personMeant(first.lower, at) : p.refKind === 'organisation' ? this.lastOrg : this.lastGroup;
            owner = ref ? (ref.kind === 'person' ? surnameOf(ref.name) : ref.name.replace(/^the /i, '')) : '';
          } else {
            const person = p.nameTokens.length ? this.reg.bySurnameKey(stripPossessive(p.nameTokens[p.nameTokens.length - 1].text)) : undefined;
            // ("the board of Harwick Foods" is Harwick Foods’ board; "the office of Ida Lund" Lund’s office.)
            const whole = p.nameTokens.length > 1 && !FIRST_NAMES.has(p.nameTokens[0].lower) && !p.nameTokens.some((t) => HONORIFICS.has(t.lower));
            owner = whole && !person?.roles.length && !person?.gender ? stripPossessive(join(p.nameTokens)) : person ? surnameOf(person.name) : stripPossessive(p.nameTokens[p.nameTokens.length - 1]?.text ?? '');
          }
          // ("Almeida has rejected the offer, his spokesman said." and next "said spokesman Rui Sato": the
          // one named soon after who holds the post.)
          const post = p.ofHead;
          // (Not one whose post names whom else it serves: "Kremlin spokesman X", "club spokesman X".)
          const serves = (x: Entity): boolean => x.roles.some((r) => r.split(/\s+/).every((w) => w.toLowerCase() === post || stripPossessive(w) === owner || TITLE_MODIFIERS.has(w.toLowerCase()) || DETERMINERS.has(w.toLowerCase())));
          const named = SPOKES_ENDING.test(post) && !post.includes(' ') ? this.reg.firstPersonAfter(at, (x) => x.heads.has(post) && serves(x), NAMED_LATER_LOOKAHEAD) : undefined;
          // (A plural owner takes the mark alone: "dock workers’ union".)
          const name = owner ? `${owner}${/s$/.test(owner) ? '’' : '’s'} ${p.ofHead}` : `the ${p.ofHead}`;
          e = named && named.firstAt - at <= NAMED_LATER_REACH ? named : this.reg.other(name, 'organisation', at, p.ofHead);
        } else {
          // ("“It is bad,” French added.": a nationality alone is the surname of a person the text has named.)
          // ("The Fund said" after "the International Monetary Fund": a capitalised head after "the" is the one organisation it ends.)
          const capitalHead = np.length === 2 && DEFINITE_DETERMINERS.has(first.lower) && np[1].cap && !isPossessive(np[1]) && !/^\p{Lu}+$/u.test(np[1].text) && !NATIONALITIES.has(np[1].lower) ? this.reg.organisationCalled(np[1].text, at, true) : undefined;
          e = (NATIONALITIES.has(stripPossessive(first.lower)) ? this.surnamed(np) : undefined) ?? capitalHead ?? this.reg.other(this.displayName(np), 'organisation', at, p.head);
        }
        break;
      }
      case 'name': {
        if (p.pair) {
          // "Ana Ruiz and Tom Reyes said": a pair that speaks as one, by both names.
          const [a, b] = p.pair.map((side) => this.named(side, at));
          if (a && b) {
            e = this.reg.other(`${a.name} and ${b.name}`, 'group', at, 'and');
            members = [a, b];
          }
          break;
        }
        const words = p.nameTokens.filter((t) => !HONORIFICS.has(t.lower));
        if (!words.length) break; // a bare "Ms" names nobody
        const last = stripPossessive(words[words.length - 1].text);
        const gender = genderOf(p.nameTokens) ?? genderOf(p.titleTokens);
        // ("Ms Hale said" where Tom and Ana Hale are named: the one the honorific's gender means.)
        const found = (words.length === 1 && gender ? this.reg.bySurnameAndGender(surnameKey(nameParts(words)), gender) : undefined) ?? this.known(words, at);
        e = found ?? this.reg.person(words, at);
        // "Zentrix also stands by its policy ... “...,” it said": a lone word the text never gives
        // as anybody's name may be a company or a country; "it" can mean it.
        if (!found && words.length === 1 && !p.titleTokens.length && !FIRST_NAMES.has(last.toLowerCase()) && e.roles.length === 0) e.unnamed = true;
        if (gender) e.gender ??= gender;
        if (p.titleTokens.length) this.reg.addRole(e, titleText(p.titleTokens));
        break;
      }
      case 'description': {
        // ("Senator Angus King …. King added": a title word alone that is the surname of a person named before.)
        // ("Two people familiar with the matter said …. The talks could fail, one of the people said": one of the
        // group just spoken of, by the noun it was named with.)
        e = (np[0].cap ? this.surnamed(np) : undefined) ?? this.memberOfGroup(np) ?? this.description(p, np, at, true, continues);
        // ("the head of the powerful Dock and Harbour Union vowed …; the union said": the body a post is
        // of is named too, for "the union" after.)
        const body = e ? bodyOfPost(np) : null;
        if (body) this.reg.other(join(body), 'organisation', base + body[0].start, body[body.length - 1].lower);
        break;
      }
    }
    if (e) {
      // ("Ana Ruiz and Tom Hale, co-chairs of the committee,": a pair holds a post in the plural.)
      // ("“…” — Tom Hale, dock welder": so does what one does, in a credit.)
      const person = e.kind === 'person';
      const heads = (t: Token): boolean => TITLE_HEADS.has(t.lower) || (!!p.pair && isPluralTitle(t)) || (!p.pair && person && isOccupation(t.lower) && !ORG_HEADS.has(t.lower));
      // (Each of the pair holds the post too: "Co-chairs Rosa Vey and Amir Pike said …. “…,” Dr Pike said.")
      const posts = [...(p.pair && p.titleTokens.length ? [titleText(p.titleTokens)] : []), ...appositions.filter((ap) => ap.some(heads)).map((ap) => titleText(postOf(ap)))];
      for (const post of posts) for (const x of [e, ...members]) this.reg.addRole(x, post);
      this.note(e, at);
    }
    return { entity: e, mention };
  }

  /** The group last spoken of, when `np` is "one of the <its head>" ("one of the people", "two of the sources"); else null. */
  private memberOfGroup(np: Token[]): Entity | null {
    if (np.length !== 4 || np[1].lower !== 'of' || np[2].lower !== 'the' || !PARTITIVE_COUNTS.has(np[0].lower)) return null;
    const g = this.lastGroup;
    return g && g.name.toLowerCase().split(/\s+/).includes(np[3].lower) ? g : null;
  }

  /**
   * Who the text already knows by these name words: a last name; a lone word is also a first name
   * only one person has ("Selma said"), an organisation's acronym or short name, or the acronym of
   * someone's post ("the PRO said").
   */
  private known(words: Token[], at: number): Entity | undefined {
    const last = stripPossessive(words[words.length - 1].text);
    return (words.length > 1 ? this.reg.byFullName(nameParts(words)) : this.reg.bySurnameKey(surnameKey(nameParts(words)))) ?? (words.length === 1
      ? this.reg.byFirstNameKey(last) ?? this.reg.organisationCalled(last, at) ?? (/^\p{Lu}{2,}$/u.test(last) ? this.reg.personWithRoleAcronym(last) : undefined)
      : undefined);
  }

  /** The person the text has named whose surname is the one word `np` ("King", "French"), if any. */
  private surnamed(np: Token[]): Entity | undefined {
    const e = np.length === 1 ? this.reg.bySurnameKey(stripPossessive(np[0].text)) : undefined;
    return e?.kind === 'person' ? e : undefined;
  }

  /** The person (or organisation) a bare name means: one the text knows, or a new person. */
  private named(tokens: Token[], at: number): Entity | null {
    const words = tokens.filter((t) => !HONORIFICS.has(t.lower));
    return words.length ? this.known(words, at) ?? this.reg.person(words, at) : null;
  }

  /**
   * The person "he"/"she" means: the latest person (or singular group speaker, "a spokeswoman")
   * whose gender, when known, agrees; the pronoun then tells that person's gender. Null when
   * nobody fits ("she said" with only men named before): better unattributed than misattributed.
   */
  private personMeant(pronoun: string, at: number): Entity | null {
    const gender = GENDER_WORDS.get(pronoun);
    const singular = (x: Entity): boolean => x.kind === 'person' || isOneUnnamed(x);
    // What the text says of a person's gender first; failing that, what their first name hints at;
    // failing anyone on that hint, the text's word alone (a hint may be wrong for the name's language).
    // When the last person spoken of is not meant, someone named since whose gender the text or
    // their first name tells ("Some, like Jo Hart, back the strike. “…,” she said") comes before
    // earlier speakers.
    let since: Entity | undefined | null = null;
    const meant = (agrees: (x: Entity) => boolean): Entity | null => {
      if (this.lastPerson && agrees(this.lastPerson)) return this.lastPerson;
      if (since === null) since = gender ? this.reg.latestBefore(at, true, (x) => (x.gender ?? x.nameGender) === gender) : undefined;
      if (since && since.firstAt > this.lastPersonAt) return since;
      return findLast(this.recent, (x) => singular(x) && agrees(x)) ?? (gender && this.reg.latestBefore(at, true, agrees)) ?? null;
    };
    // ("the AMPTP’s statement …. “…,” she said": an acronym the text never gives as anybody's name is a body, never "she".)
    const body = (x: Entity): boolean => !!gender && !!x.unnamed && /^\p{Lu}{2,}$/u.test(x.name);
    let e = meant((x) => !body(x) && (!gender || (x.gender ?? x.nameGender ?? gender) === gender)) ?? meant((x) => !body(x) && (!gender || !x.gender || x.gender === gender));
    // ("Tom Hale spoke first. Ruiz disagreed. “…,” she said.": with nobody else to mean, a lone name
    // that was a sentence's subject just before is a person, whom "she" means.)
    if (!e && gender && this.loneName && at - this.loneName.at <= LONE_NAME_REACH) e = this.reg.person(this.loneName.words, this.loneName.at);
    if (e?.kind === 'person' && gender) e.gender ??= gender;
    return e;
  }

  /** Remembers `e` as the latest speaker of its kind, spoken of at `at` (when known); `quoted` when words were attributed to it there. */
  note(e: Entity, at?: number, quoted = false): void {
    if (quoted) {
      this.quoted.add(e);
      if (at !== undefined) this.lastQuotedAt = Math.max(this.lastQuotedAt, at);
    }
    this.lastAny = e;
    this.describedLatest = false;
    if (at !== undefined) this.spokenAt.set(e, Math.max(this.spokenAt.get(e) ?? -1, at));
    if (e.kind === 'person') {
      this.lastPerson = e;
      if (at !== undefined) this.lastPersonAt = Math.max(this.lastPersonAt, at);
    }
    else if (e.kind === 'organisation') this.lastOrg = e;
    else this.lastGroup = e;
    // Singular group speakers ("a spokesman", "one senior source", "the finance minister") are "he"/"she" later on.
    if (isOneUnnamed(e)) this.lastPerson = e;
    const i = this.recent.indexOf(e);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(e);
    if (this.recent.length > RECENT_SPEAKERS) this.recent.shift();
  }

  /** Remembers a lone name no list knows as a sentence's subject ("Ruiz disagreed."), or forgets it (null). */
  noteLoneName(np: Token[] | null, base: number): void {
    this.loneName = np ? { words: np, at: base + np[0].start } : null;
  }

  /** "the latter" is the person named last before `at`, "the former" the one named before them. */
  private formerOrLatter(which: string, at: number): Entity | null {
    // ("The Harbour Workers Union and the Port Employers Association met. The latter said …": two bodies,
    // when no person was named as lately.)
    const person = this.reg.latestBefore(at, true, (x) => x.kind === 'person');
    const persons = !!person && at - person.firstAt <= FORMER_LATTER_REACH;
    const body = persons ? undefined : this.reg.latestBefore(at, false, (x) => x.kind === 'organisation' && at - x.firstAt <= FORMER_LATTER_REACH);
    const latter = body ?? person;
    if (!latter || which === 'latter') return latter ?? null;
    return this.reg.latestBefore(at, latter.kind === 'person', (x) => x.kind === latter.kind && x !== latter) ?? null;
  }

  /** Remembers a named organisation as what "it" means next, without making it the latest speaker. */
  noteOrganisation(np: Token[], base: number): void {
    this.lastOrg = this.reg.other(this.displayName(np), 'organisation', base + np[0].start, parseMention(np).head);
  }

  /**
   * "The department declined to comment on what it called …": a definite description of an
   * organisation as a sentence's subject is what a later "it" means (the organisation it describes,
   * or one of its own); "A spokeswoman for …" is who "she" means. (A group's is what "they" and
   * "one" mean only when nobody else is: "they" keeps meaning whoever spoke last.)
   */
  noteDescribedSubject(np: Token[], base: number): void {
    this.paragraphStart = base;
    const p = parseMention(np);
    // ("The company’s analysis showed …": an owner is no subject.)
    if (p.type !== 'description' || isPossessive(np[np.length - 1])) return;
    const at = base + np[0].start;
    if (ORG_HEADS.has(p.head) && !TITLE_HEADS.has(p.head) && DEFINITE_DETERMINERS.has(np[0].lower)) this.lastOrg = this.description(p, np, at, true);
    else if (INDEFINITE_ARTICLES.has(np[0].lower) && SINGULAR_GROUP_ENDING.test(p.head)) {
      // "A spokeswoman for the operators declined to comment. She said …": one unnamed person,
      // whom "she" means next (though not yet a speaker).
      const e = this.description(p, np, at, true);
      if (e.kind === 'group' && SINGULAR_GROUP_ENDING.test(e.key)) {
        this.lastPerson = e;
        this.lastPersonAt = Math.max(this.lastPersonAt, at);
      }
    } else if (isPeoplePlural(p.head) && !SINGULAR_GROUP_ENDING.test(p.head)) {
      this.describedGroup = this.description(p, np, at, true);
      this.describedLatest = true;
    }
    // ("The Italian was more guarded. “…,” he said": a person of a country the text has named is whom "he" means.)
    else if (DEMONYM_NOUNS.has(canonicalSpelling(p.head)) && DEFINITE_DETERMINERS.has(np[0].lower)) {
      const e = this.description(p, np, at, false);
      if (e?.kind === 'person') {
        this.lastPerson = e;
        this.lastPersonAt = Math.max(this.lastPersonAt, at);
      }
    }
    // ("Her neighbour was less sure. “…,” he said": so is one who is someone's, by kin or by what they do.)
    else if ((TITLE_HEADS.has(p.head) || (isOnePersonNoun(p.head) && owned(np))) && !GROUP_HEADS.has(p.head) && (DEFINITE_DETERMINERS.has(np[0].lower) || owned(np))) {
      // "The finance minister has arrived. … she replied": the post a sentence is about is whom "she"
      // means, when it is someone the text names ("The mayor herself has stayed silent. Her spokeswoman
      // said Mayor Ana Gomez …") or nobody has been spoken of yet.
      const e = this.description(p, np, at, true);
      // ("Her deputy took a different view. “…,” she said": one whose post is someone's is someone else.)
      // ("The union's president was blunt. “…,” she said": so is one a paragraph opens on, when whoever
      // was spoken of last stands in an earlier paragraph and holds another post, or none but has spoken
      // ("Petrov said …" and next "The minister was asked … “…,” she replied"); one given none who has not
      // spoken may be the person described anew: "Ivy Dunn put down her phone. The general secretary … she said".)
      const other = this.lastPerson?.kind === 'person' && this.lastPersonAt < base && (this.lastPerson.heads.size > 0 ? !this.lastPerson.heads.has(p.head) : this.quoted.has(this.lastPerson));
      if (e.kind === 'person' || !this.lastPerson || owned(np) || other) {
        this.lastPerson = e;
        this.lastPersonAt = Math.max(this.lastPersonAt, at);
      }
    }
  }

  /** The two people who spoke last, if both spoke at or after `since` (the pair "both" may mean). */
  lastTwoSpeakers(since: number): [Entity, Entity] | null {
    const people = this.recent.filter((x) => x.kind === 'person').slice(-2);
    return people.length === 2 && people.every((x) => (this.spokenAt.get(x) ?? -1) >= since) ? [people[0], people[1]] : null;
  }

  /** The person the text last spoke of (as a speaker, a subject or a name), if any. */
  get lastPersonSpoken(): Entity | null {
    return this.lastPerson?.kind === 'person' ? this.lastPerson : null;
  }

  /** The speaker the previous quote had, for quotes with no cue of their own. */
  get current(): Entity | null {
    return this.lastAny;
  }

  private displayName(np: Token[]): string {
    // ("Her deputy" is "Lopes’s deputy": whose post it is, by the person the pronoun means.)
    const owner = this.lastPerson;
    const gender = GENDER_WORDS.get(np[0].lower);
    if (owned(np) && owner?.kind === 'person' && (!gender || (owner.gender ?? owner.nameGender ?? gender) === gender)) return `${surnameOf(owner.name)}’s ${join(np.slice(1))}`;
    // ("The Green Party rejected it, with its leader calling it …": "its leader" is the Green Party's.)
    if (np.length > 1 && POSSESSIVE_PRONOUNS.get(np[0].lower) === 'organisation' && this.ownerHint) return `${this.ownerHint}${/s$/.test(this.ownerHint) ? '’' : '’s'} ${join(np.slice(1))}`;
    let body = np;
    while (body.length > 1 && INDEFINITE_ARTICLES.has(body[0].lower) && body[1].lower !== 'of') body = body.slice(1);
    // ("Transport Secretary Lucy Crane's spokesman" is "Crane’s spokesman", as "the office of Ida Lund" is "Lund’s office":
    // a post of a person the text knows, named with title and first name, goes by the surname.)
    const aideOf = body.findIndex((t, k) => k > 0 && t.cap && isPossessive(t) && body[k - 1].cap && body.slice(k + 1).every((x) => x.kind === 'word' && !x.cap));
    if (aideOf > 0 && aideOf < body.length - 1 && this.reg.bySurnameKey(stripPossessive(body[aideOf].text))?.kind === 'person') return `${stripPossessive(body[aideOf].text)}’s ${join(body.slice(aideOf + 1))}`;
    // "the Vooruit party": a party goes by its name ("the Dutch party" stays a description).
    const name = body.slice(body[0].lower === 'the' ? 1 : 0, -1);
    // ("the Liberal party", "the Green party" keep "party": their name is a describing word.)
    if (body[body.length - 1].text === 'party' && name.length && name.every((t) => t.cap && !NATIONALITIES.has(t.lower)) && !(name.length === 1 && DESCRIBING_PARTY_NAME.test(name[0].lower))) return join(name);
    // ("Germany's Volkswagen": the country of a firm named in one word is no part of its name; "China's Ministry of
    // Commerce" needs it.)
    const where = stripPossessive(body[0].lower);
    if (body.length === 2 && body[0].cap && isPossessive(body[0]) && (PLACES.has(where) || NATIONALITIES.has(where)) && body.slice(1).every((t) => t.cap)) return join(body.slice(1));
    const s = join(body);
    return body[0].lower === 'the' ? 'the ' + s.slice(4) : s;
  }

  /**
   * The known person a title description names ("The Danish Prime Minister expects little"), or
   * null: for sentences without quotes, where nothing new is created. Adds the description's role.
   */
  existing(np: Token[], base: number): Entity | null {
    const p = parseMention(np);
    if (p.type !== 'description' || !TITLE_HEADS.has(p.head) || GROUP_HEADS.has(p.head) || !DEFINITE_DETERMINERS.has(np[0].lower)) return null;
    return this.description(p, np, base + np[0].start, false);
  }

  /** Resolves a description ("the German minister", "the sources", "a Green Party spokesman"). */
  private description(p: ParsedMention, np: Token[], at: number, create: true, continues?: boolean): Entity;
  private description(p: ParsedMention, np: Token[], at: number, create: false): Entity | null;
  private description(p: ParsedMention, np: Token[], at: number, create: boolean, continues = false): Entity | null {
    const head = canonicalSpelling(p.head);
    const demonym = DEMONYM_NOUNS.get(head);
    // "the 58-year-old said": an age describes the person just spoken of.
    // So does a party member ("the North Carolina Republican said").
    const age = isAgeNoun(head) || PARTY_MEMBER_NOUNS.has(head);
    // "the players said" is a group, never one person.
    const isPersonTitle = ((TITLE_HEADS.has(head) && !GROUP_HEADS.has(head)) || !!demonym || age || isOccupation(head)) && !isPeoplePlural(head);
    // ("Khartoum's top diplomat": whose post it is makes one person's post definite too.)
    const definite = DEFINITE_DETERMINERS.has(np[0].lower) || (isPersonTitle && np.length > 1 && np[0].cap && isPossessive(np[0]));
    if (ORG_HEADS.has(head) && !TITLE_HEADS.has(head)) {
      if (definite) {
        // "the ministry" is the latest organisation with "ministry" in its name; "the employers' body"
        // one whose name has the words that describe it ("… Employers Association").
        // "the foreign ministry" is never the Interior Ministry: the describing words must be in the name too.
        // (Where it stands or how it ranks is no part of its name: "the world's biggest music company" is Universal Music.)
        const described = p.words.filter((w) => w !== p.head && !DETERMINERS.has(w) && !NATIONALITIES.has(w) && !GENERIC_OWNERS.has(w) && !RANKING_WORDS.has(w)).map(stem);
        const fits = (x: Entity): boolean => {
          // ("A group of senators said …. The group added": a group of people named by the head is it too.)
          if (x.kind === 'group') return x.name.toLowerCase().split(' of ')[0].split(/\s+/).includes(head) && x.name.includes(' of ');
          // (A name the text gives only as someone's employer, "an analyst at Meridian Capital", is not the company the story is about;
          // one that has spoken is, whoever works there: "OPEC said …", later "OPEC Secretary General X".)
          if (x.kind !== 'organisation' || (this.reg.onlyAnEmployer(x.name) && !this.recent.includes(x))) return false;
          const name = x.name.toLowerCase();
          const words = name.split(/\s+/).map(stem);
          const allDescribed = described.every((w) => words.includes(w));
          // ("the oil cartel", "the trade bloc": words before a head that the lexicon lists the body under describe its kind, not its name.)
          return describes(head, x.name) ? allDescribed || listedKind(head, x.name) : described.length > 0 && allDescribed;
        };
        // A description with a name or an owner of its own ("the Harbour workers' union", "the
        // premier's office") is that organisation.
        // ("the world's largest gold miner", "the Detroit carmaker": a place, or the world, says where it
        // is, not whose it is.)
        const placeWord = (t: Token): boolean => PLACES.has(stripPossessive(t.lower)) || PLACE_NOUNS.has(stripPossessive(t.lower)) || GENERIC_OWNERS.has(stripPossessive(t.lower)) || NATIONALITIES.has(t.lower);
        const ownName = np.some((t, i) => ((t.cap && !(i === 0 && DETERMINERS.has(t.lower))) || isPossessive(t)) && !placeWord(t));
        // One the word heads comes first ("the guild" is the Writers Guild, not the guild's committee).
        const headed = (x: Entity): boolean => fits(x) && stem(x.name.toLowerCase().split(/\s+/).pop()!) === stem(head);
        // ("Halden chief executive Mark Ellery said …. The company said …": the company of the person
        // just spoken of, when its name is in their post, before another named since.)
        const last = this.lastPerson?.kind === 'person' && at - this.lastPersonAt <= EMPLOYER_REACH ? this.lastPerson : undefined;
        const employs = (x: Entity): boolean => !!last && fits(x) && x.name.toLowerCase().split(/\s+/).some((w) => last.affiliations.has(w));
        // "Highland Ales rejected the bid. The company said …": a name just before that opens with no
        // first name and was given no post or gender is the organisation meant; ("Shares in Halden
        // Group jumped after the engineering firm confirmed …") so is the last one whose name says
        // it is a company. The later named of the two.
        const firmByName = (x: Entity): boolean => {
          const last = x.name.toLowerCase().split(/\s+/).pop()!;
          return x.kind === 'organisation' && (COMPANY_HEADS.has(last) || FIRM_NAME_WORDS.has(last));
        };
        // ("Merger talks between Alder Steel and Norvik Metals …. Alder said …. The company added": a
        // firm by its name that spoke last comes before one named later in the story.)
        const byNameOf = (): Entity | undefined => {
          if (ownName || !COMPANY_HEADS.has(head)) return undefined;
          const named = laterNamed(this.reg.latestBefore(at, true, (x) => {
            const first = x.name.split(' ')[0].toLowerCase();
            // (A name with a lower-case particle, "Khalil al-Hayya", is a person's.)
            return !x.roles.length && !x.gender && !FIRST_NAMES.has(first) && !HONORIFICS.has(first) && !/(?:^|\s)\p{Ll}/u.test(x.name) && !this.reg.onlyAnEmployer(x.name);
          }, ORG_NAME_LOOKBACK), this.reg.latestBefore(at, false, firmByName, ORG_NAME_LOOKBACK));
          const spoke = findLast(this.recent, firmByName);
          return spoke && (!named || (this.spokenAt.get(spoke) ?? -1) > named.firstAt) ? spoke : named;
        };
        // ("Barclays rejected the bid. The lender said …": a lone name no list knows, the subject just
        // before, is the business meant, before any named earlier.)
        // (Not one a pronoun has since made a person: "Ruiz disagreed. “…,” she said.")
        const lone = ownName || !COMPANY_HEADS.has(head) || !this.loneName || at - this.loneName.at > LONE_NAME_REACH || this.reg.bySurnameKey(surnameKey(nameParts(this.loneName.words))) ? null : this.loneName;
        const businessNamedLast = (): Entity | undefined => {
          const byName = byNameOf();
          if (!lone || (byName && lone.at <= byName.firstAt)) return byName;
          return this.reg.other(join(lone.words), 'organisation', lone.at, lone.words[lone.words.length - 1].lower);
        };
        const org = findLast(this.recent, headed) ?? this.reg.latestBefore(at, false, headed) ?? (last ? findLast(this.recent, employs) ?? this.reg.latestBefore(at, false, employs) : undefined) ?? findLast(this.recent, fits) ?? this.reg.latestBefore(at, false, fits)
          ?? businessNamedLast();
        if (org) return org;
        // "the writers' union said" in the opening paragraph, and "the Writers Union of America" named
        // next: the description is the organisation named after it whose name has its words (one with
        // a name of its own, "the Azimio coalition", is that one).
        const capitalised = np.some((t, i) => t.cap && !(i === 0 && DETERMINERS.has(t.lower)));
        const named = described.length && !capitalised ? this.reg.firstOtherAfter(at, (x) => fits(x) && x.name.split(/\s+/).length > described.length) : undefined;
        if (named) return named;
      }
      return this.reg.other(this.displayName(np), 'organisation', at, head);
    }
    // "A second diplomat said", "Another diplomat countered": one more of them, never the one spoken
    // of before, nor one the text names after.
    const another = (INDEFINITE_ARTICLES.has(np[0].lower) && ORDINALS.has(np[1]?.lower ?? '')) || np[0].lower === 'another';
    // "The leader, Ana Ruiz, hit back. A minister told the Herald: …": an indefinite description
    // introduces someone new, never a person already named.
    // ("One Republican said", "one politician suggested": a party member too, unlike an age.)
    const introduces = INDEFINITE_ARTICLES.has(np[0].lower) && !demonym && !isAgeNoun(head);
    if ((definite || isPersonTitle) && !another && !introduces) {
      const affil = new Set<string>(demonym ? [demonym] : []);
      // ("The council's leader": whose post it is names the body, though "council" may also describe a post.)
      const owners = new Set(np.filter((t) => isPossessive(t) && !t.cap).map((t) => stripPossessive(t.lower)));
      for (const w of demonym || age ? [] : p.words) {
        // ("Varia's Digital, Culture and Media Committee": a comma in a name is no affiliation.)
        if (!/\p{L}/u.test(w)) continue;
        // ("Khartoum's top diplomat": a capital stands for its country.)
        const nat = NATIONALITIES.get(w) ?? SEATS.get(w);
        if (nat) affil.add(nat);
        else if (w !== head && !TITLE_HEADS.has(w) && (!TITLE_MODIFIERS.has(w) || owners.has(w)) && !DETERMINERS.has(w) && (!GROUP_HEADS.has(w) || owners.has(w)) && !DESCRIPTIVE_MODIFIERS.has(w)) affil.add(w);
      }
      // "The foreign minister" is no "Prime Minister", and "the environment secretary" no "shadow
      // environment secretary": the person's posts with the same title name every portfolio the
      // description does, and the description every rank ("shadow", "deputy") of those posts.
      const portfolios = p.words.filter((w) => PORTFOLIO_MODIFIERS.has(w));
      const samePost = (x: Entity): boolean => {
        const posts = x.roles.map((r) => r.toLowerCase().split(/[\s-]+/)).filter((ws) => ws.some((w) => canonicalSpelling(w) === head));
        if (!posts.length) return true;
        const held = new Set(posts.flat());
        // ("the RMT general secretary" is no "Transport Secretary": a description that names the body the
        // post is in names every portfolio of the post.)
        // (A country's "the German minister" may be "Defence Minister X"; an organisation's may not.)
        const ownBody = p.words.some((w) => w !== head && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !DETERMINERS.has(w) && !NATIONALITIES.has(w) && !PLACES.has(w));
        const otherPortfolio = ownBody && [...held].some((w) => PORTFOLIO_MODIFIERS.has(w) && !RANK_MODIFIERS.has(w) && w !== 'prime' && !p.words.includes(w));
        return portfolios.every((w) => held.has(w)) && ![...held].some((w) => RANK_MODIFIERS.has(w) && !p.words.includes(w)) && !otherPortfolio;
      };
      // ("The opposition party attacked what its leader called …": a post of the organisation "its" means
      // is held by one whose posts name it, never by whoever was spoken of last.)
      const ownerWords = POSSESSIVE_PRONOUNS.get(np[0].lower) === 'organisation'
        ? ((this.ownerHint ?? this.lastOrg?.name)?.toLowerCase().split(/\s+/).filter((w) => w !== 'the' && !ORG_HEADS.has(w)) ?? [])
        : null;
      // ("Ana Ruiz spoke first. Her counterpart was more guarded": a post known by its relation to the
      // one a pronoun means, "her counterpart", "his successor", is anyone but the person just spoken of.)
      const owner = RELATIONAL_POSTS.has(head) && POSSESSIVE_PRONOUNS.get(np[0].lower) === 'person' ? this.lastPerson : null;
      // `ahead`: the person is named after the description (a story opening "The Chancellor said …").
      const fits = (x: Entity, ahead = false): boolean => {
        if (x.kind === 'person') {
          if (!isPersonTitle || x === owner) return false;
          // ("His EU counterpart, Ana Ruiz" says nothing of her post: "the commissioner" may be her.)
          // A spokesperson speaks for someone else, so is never the post described ("the premier" is no party's spokeswoman).
          // Someone named before with no post at all ("said Tom Hale, whose son …") is not "the mayor" after.
          // Named after it, one whose post is another ("the Prime Minister said …"; next "the Nationals
          // leader, Ann Lee,") is not the one described.
          // ("Ana Lee, the union chief," is never "the minister": a generic post of a body outside government.)
          // ("Nurses' leader Pat Cullen": so is one who leads people named by what they do, in the plural.)
          const civil = x.roles.some((r) => r.toLowerCase().split(/\s+/).some((w) => CIVIL_BODIES.has(stripPossessive(w)) || (w !== stripPossessive(w) && isPeoplePlural(stripPossessive(w)))));
          // ("the top diplomat" may be the foreign minister named before: a definite description's head may stand for a post.)
          const synonym = definite && !!POST_SYNONYMS.get(head)?.some((post) => x.roles.some((r) => r.toLowerCase().includes(post)));
          const headOk = !!demonym || age || synonym || x.heads.has(head) || GENERIC_TITLE_HEADS.has(head) || (ahead ? x.heads.size === 0 : x.heads.size > 0 && !civil && [...x.heads].every((h) => GENERIC_TITLE_HEADS.has(h) && !SPOKES_ENDING.test(h)));
          // A role with no affiliation ("Prime Minister") can take one ("the Dutch Prime Minister").
          // (So can a person with a bare post of that title beside another: "the envoy, former Varian president X".)
          const affOk = [...affil].every((a) => x.affiliations.has(a)) || (x.heads.has(head) && (x.affiliations.size === 0 || holdsBarePost(x, head)));
          // ("the mayor's chief of staff", "adviser to the president" serves the post; is never "the mayor".)
          // (A member of another party is not "the Republican".)
          if (PARTY_NAMES.has(head) && [...x.affiliations].some((a) => PARTY_NAMES.has(a) && a !== head)) return false;
          // (A demonym in the role is where the person is from: "Italian minister X" is "the Italian".)
          const serves = !demonym && !x.heads.has(head) && x.roles.some((r) => r.toLowerCase().split(/\s+/).some((w) => stripPossessive(w) === head));
          return headOk && affOk && samePost(x) && !serves && (x.heads.size > 0 || affil.size === 0 || x.roles.length === 0) && (!ownerWords || ownerWords.some((w) => x.roles.some((r) => r.toLowerCase().includes(w))) || holdsBarePost(x, head));
        }
        const named = x.name.toLowerCase().split(/\s+/);
        // ("Varia and Tarsk rebels resume talks …; the rebels said": two parties named together are not the group one of them is.)
        const joint = named.includes('and') && !p.words.includes('and');
        // ("A third source said …. The person said …": "the person" is any one unnamed source spoken of.)
        const anyone = definite && head === 'person' && SINGULAR_GROUP_ENDING.test(x.name.toLowerCase());
        return (anyone || ((x.key === head || named.includes(head)) && portfolios.every((w) => named.includes(w)))) && !joint;
      };
      // Most recent first: speakers, then anyone the text has named before.
      // One who holds the very post described comes before one whose post only fails to contradict it
      // ("Gov. Ann Lee …; Majority Leader Greg Moss …; “…,” the governor said" is Lee).
      // ("Brandt, a Republican, …. The Republican accused …": one of that party, before whoever spoke last.)
      const holds = (x: Entity): boolean => x.kind === 'person' && (x.heads.has(head) || (PARTY_NAMES.has(head) && x.affiliations.has(head))) && fits(x);
      // ("A second diplomat said …. “…,” the first diplomat added": the earlier of them.)
      const first = definite && np.some((t) => t.text === 'first') ? this.recent.find((x) => fits(x)) : undefined;
      // ("The Italian was more guarded. “…,” the 63-year-old said": an age means whoever was spoken of last, a sentence's subject too.)
      const aged = definite && isAgeNoun(head) && this.lastPerson?.kind === 'person' ? this.lastPerson : undefined;
      // ("Ana Ruiz, who heads the dockers' union, …; Tom Hale, who leads the talks, …; “…,” the union leader
      // said": a body that a post's modifier names, "union", "council", "party", is one the person's roles
      // name, before any other holder of a post of that title.)
      const bodies = affil.size ? [] : p.words.filter((w) => w !== head && ORG_HEADS.has(w) && TITLE_MODIFIERS.has(w));
      const inBody = (x: Entity): boolean => x.roles.some((r) => r.toLowerCase().split(/[\s-]+/).some((w) => bodies.includes(stripPossessive(w))));
      const ofBody = bodies.length ? findLast(this.recent, (x) => fits(x) && inBody(x)) ?? this.reg.latestBefore(at, isPersonTitle, (x) => fits(x) && inBody(x)) : undefined;
      let e = aged ?? first ?? ofBody ?? findLast(this.recent, holds) ?? this.reg.latestBefore(at, true, holds) ?? findLast(this.recent, (x) => fits(x)) ?? this.reg.latestBefore(at, isPersonTitle, (x) => fits(x));
      // "Mr Hale said …. “…,” the Prime Minister said": the speaker just quoted, named with an honorific
      // and given no post, holds the post described when nobody else does.
      const last = owner ? null : this.lastPerson;
      if (!e && definite && isPersonTitle && !demonym && !age && last?.kind === 'person' && !last.roles.length && last.honorific && affil.size === 0) e = last;
      // "Manager Kevin Doyle … “…,” the Scot said": a person of a country, described, is the one just
      // spoken of when nobody is known to be from there, unless the text places that one elsewhere.
      if (!e && definite && demonym && last?.kind === 'person' && ![...last.affiliations].some((a) => COUNTRIES.has(a) && a !== demonym)) e = last;
      // ("“…,” the former prime minister added": a post for the person just quoted, whom "added"
      // continues, before anyone the story names later.)
      if (!e && continues && definite && isPersonTitle && !demonym && last?.kind === 'person') e = last;
      // ("Ruiz accused them of … . Speaking on television, the former commissioner said …": a post held
      // before describes the person just spoken of, whatever post they hold now.)
      // (Not a post the description says whose it is: "One mother, Dana Holt, told the judge …. The
      // company's former sales director claimed …" is someone else.)
      if (!e && definite && np.some((t) => t.lower === 'former') && !np.some((t) => isPossessive(t) && !t.cap) && last?.kind === 'person' && at - this.lastPersonAt <= FORMER_POST_REACH) e = last;
      // A description before the person is named ("Scotland's Deputy First Minister said ..."; later
      // "Deputy First Minister Ewan Blair"): the next person named whose role fits it.
      // Failing that, the person named next, if the text gives them no other post ("the UK's
      // defence secretary has warned. Tom Ruiz's comments ...") and their name opens with a first
      // name (a place such as "Blue River" is never the person meant).
      // "An EU diplomat said" is an anonymous source, never the person named next.
      if (!e && isPersonTitle && create && !INDEFINITE_ARTICLES.has(np[0].lower)) {
        // ("the French president said …", then "President Ilse Danner said …", then "President Ana Lind of
        // France": one the text places where the description does comes first.)
        const placed = (x: Entity): boolean => affil.size > 0 && [...affil].every((a) => x.affiliations.has(a));
        // (One named later who holds the very post comes first: "…, says agent" and next "Silva's agent, Rafael Costa,".)
        // ("Ana Ruiz put down her pen. “…,” the union negotiator recalled": a definite post for the person
        // spoken of just before in the paragraph, whom the text has given no post, when nobody named next holds it.)
        // ("It was 3 a.m. when Ana Ruiz put down her pen": or the person the paragraph named last, first named there.)
        // (Not one who has spoken already, with no post, "said Tom Hale, whose son …", nor one after whom another spoke.)
        const postless = (x: Entity | null | undefined, since: number): x is Entity => x?.kind === 'person' && !x.roles.length && !this.quoted.has(x) && since >= this.paragraphStart && this.lastQuotedAt < since;
        const newcomer = this.reg.latestBefore(at, true, () => true, 1);
        const justSpokenOf = !definite || demonym || age || affil.size > 0 ? undefined
          : postless(last, this.lastPersonAt) ? last
          : postless(newcomer, newcomer?.firstAt ?? -1) ? newcomer : undefined;
        e = this.reg.firstPersonAfter(at, (x) => placed(x) && fits(x, true))
          ?? this.reg.firstPersonAfter(at, (x) => x.heads.has(head) && fits(x, true), NAMED_LATER_LOOKAHEAD)
          ?? justSpokenOf
          ?? this.reg.firstPersonAfter(at, (x) => fits(x, true) && (x.heads.size > 0 || GENERIC_TITLE_HEADS.has(head) || affil.size === 0))
          ?? this.reg.firstPersonAfter(at, (x) => x.heads.size === 0 && opensWithGivenName(x), 1)
          // ("The head of the teachers' union has warned …", next "…, general secretary Rob Haines said": a
          // leader the headline or the lede describes is the first person the story names after, whatever
          // post it gives them.)
          ?? (this.inLede && LEADERSHIP_HEADS.has(head) && !ownerWords ? this.reg.firstPersonAfter(at, opensWithGivenName, 1) : undefined);
      }
      if (e) {
        // "the German minister" adds to what we know; a bare "the Prime Minister" is a role only
        // for someone the text has given none.
        // (Not a post the person holds by another name: "the head of the powerful Rail and Bus Union" is
        // "head of the RBU" set beside the name, which stays the role shown.)
        if (e.kind === 'person' && TITLE_HEADS.has(head) && !GROUP_HEADS.has(head) && !demonym && (affil.size || !e.roles.length) && !restatesPost(e, head, np)) this.reg.addRole(e, titleText(np));
        return e;
      }
    }
    if (!create) return null;
    // "“…,” said Ana Lopes, who chairs the committee. “…,” the Labour MP for Eastfield added.": a
    // second post for the person just quoted, whom "added" continues.
    if (continues && definite && isPersonTitle && this.lastPerson) return this.lastPerson;
    // "an insurgent spokesman said ..." and next "Omar Said, the movement's political spokesman":
    // an unnamed one of a post that the next person named holds.
    if (!definite && TITLE_HEADS.has(head) && SINGULAR_GROUP_ENDING.test(head)) {
      // "a spokesman for the trawler crews suggested …" and next "“…,” Hugo Leb told a news agency": one given no other post is him too.
      // "A senior official said …" is an anonymous source: only someone given that post is them.
      // "An official in the minister's office said": one given a post that says nothing of that office is someone else.
      const h = np.findIndex((t) => t.lower === p.head);
      const own = h < 0 ? [] : np.slice(h + 1).filter((t) => !DETERMINERS.has(t.lower) && !TITLE_PREPOSITIONS.has(t.lower)).map((t) => stripPossessive(t.lower));
      const serves = (x: Entity): boolean => own.every((w) => x.affiliations.has(w));
      // (Only the very next person named, if given no post, and in the same paragraph or the quotation
      // opening the next: "A No 10 spokesman said …", then "Dame Ann Lee, a former minister, said …",
      // then "Sir Tom Hale defended the deal" is no spokesman, nor "A State Department spokesperson
      // said …" and next "Protesters rallied. “…,” said Ana Ruiz, whose son is a hostage".)
      const named = this.reg.firstPersonAfter(at, (x) => x.heads.has(head) && serves(x), NAMED_LATER_LOOKAHEAD)
        ?? this.reg.firstPersonAfter(at, (x) => x.roles.length === 0 && SPOKES_ENDING.test(head) && sameGender(head, x) && x.firstAt < this.namedLaterEnd, 1);
      if (named && named.firstAt - at <= NAMED_LATER_REACH) {
        if (!named.roles.length) this.reg.addRole(named, titleText(np.slice(INDEFINITE_ARTICLES.has(np[0].lower) ? 1 : 0)));
        return named;
      }
    }
    // ("TikTok and Universal Music announced …. Both parties described it as …": two named together
    // who spoke as one are whom "both" means.)
    if (np[0].lower === 'both' && isPeoplePlural(head)) {
      const joint = (x: Entity): boolean => x.kind !== 'person' && / and /.test(x.name);
      const pair = findLast(this.recent, joint) ?? this.reg.latestBefore(at, false, joint);
      if (pair) return pair;
    }
    const name = this.displayName(np).replace(/^the /, '');
    const groupHead = p.words.find((w) => GROUP_HEADS.has(w)) ?? head;
    return this.reg.other(name, 'group', at, groupHead);
  }
}

/**
 * Does a description of a post of a body ("the head of the powerful Rail and Bus Union") name one the
 * person holds already under the body's initials ("head of the RBU")?
 */
function restatesPost(e: Entity, head: string, np: Token[]): boolean {
  const body = bodyOfPost(np);
  if (!body) return false;
  const initials = body.filter((t) => t.cap).map((t) => t.text[0]).join('');
  return e.roles.some((r) => {
    const words = r.split(/\s+/);
    return words.some((w) => canonicalSpelling(w.toLowerCase()) === head) && words.some((w) => w === initials);
  });
}

/**
 * The capitalised name of the body a post is of, ending in an organisation's head ("the head of the
 * powerful | Dock and Harbour Union"), or null.
 */
function bodyOfPost(np: Token[]): Token[] | null {
  const of = np.findIndex((t) => t.lower === 'of');
  if (of < 1 || !TITLE_HEADS.has(np[of - 1].lower)) return null;
  let k = of + 1;
  while (k < np.length && !np[k].cap) k++;
  const name = np.slice(k);
  const last = name[name.length - 1];
  return name.length >= 2 && ORG_HEADS.has(last.lower) && name.every((t) => t.cap || t.lower === 'and' || t.lower === 'of' || t.text === ',') ? name.filter((t, i) => !(t.text === ',' && i === name.length - 1)) : null;
}

/**
 * Does this person's name open with a given name: one the lists know, or the first of two words or
 * more that are no place's ("Abbas Farahani"; a river such as "Blue River" is none)?
 */
function opensWithGivenName(x: Entity): boolean {
  const words = x.name.toLowerCase().split(' ');
  return FIRST_NAMES.has(words[0]) || (words.length >= 2 && !words.some((w) => PLACES.has(w) || PLACE_NOUNS.has(w) || ORG_HEADS.has(w)) && !PLACES.has(words.join(' ')) && !/\d/.test(x.name));
}

/** Is the entity one person the text never names: "a spokesman", "one senior source", "the finance minister"? */
function isOneUnnamed(e: Entity): boolean {
  // ("A hospital administrator said …. “…,” she said": one person by what they do is one too.)
  return e.kind === 'group' && (SINGULAR_GROUP_ENDING.test(e.key) || (((TITLE_HEADS.has(e.key) && !isPeoplePlural(e.key)) || isOnePersonNoun(e.key)) && !GROUP_HEADS.has(e.key)));
}

/** Documents a person writes as well as a body ("the letter", "the post"), unlike a statement or a communiqué. */
const PERSONAL_DOCUMENTS: ReadonlySet<string> = new Set(['letter', 'tweet', 'post', 'email', 'e-mail', 'message', 'video']);

/** A one-word party name that is a describing word ("Liberal", "Green", "Republican", "Socialist"), which "party" completes. */
const DESCRIBING_PARTY_NAME = /^(?:green|labou?r|.*(?:al|ic|ist|ive|an|ian))$/;

/** Words after "a" that make one more of a kind ("a second diplomat", "a third source"). */
const ORDINALS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth', 'further']);

/** Does the person hold a post of this title with no affiliation of its own ("envoy", "the chief negotiator")? */
function holdsBarePost(x: Entity, head: string): boolean {
  return x.roles.some((r) => {
    const words = r.toLowerCase().split(/\s+/);
    return words.some((w) => canonicalSpelling(w) === head) && words.every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || DETERMINERS.has(w));
  });
}

/** Could the person be the one a gendered post names ("a spokeswoman" is never a Marcus)? */
function sameGender(post: string, x: Entity): boolean {
  const g = post.endsWith('woman') ? 'f' : post.endsWith('man') ? 'm' : undefined;
  const known = x.gender ?? x.nameGender;
  return !g || !known || g === known;
}

/** A word without its plural ending ("employers" → "employer", "universities" → "university"). */
const stem = (w: string): string => w.replace(/ies$/, 'y').replace(/s$/, '');

/** Does a person's possessive open the phrase ("her deputy", "his lawyer")? */
const owned = (np: Token[]): boolean => np.length > 1 && POSSESSIVE_PRONOUNS.get(np[0].lower) === 'person';

/** Words for how many of a group before "of the" ("one of the people", "two of the sources"). */
const PARTITIVE_COUNTS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'several', 'another']);

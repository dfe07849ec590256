import { isPossessive, stripPossessive, type Token } from '../1-segment/tokens';
import { endsUnmarked } from '../1-segment/marks';
import type { Candidate, Cue } from '../2-candidates/candidates';
import type { Placed, SentenceWork } from '../paragraph';
import type { Mention, Span } from '../types';
import { parseMention } from './mentions';
import { join } from './names';
import { Registry, type Entity } from './registry';
import { Resolver } from './resolver';
import { AMBIGUOUS_PRONOUNS, FIRST_NAMES, GENDER_WORDS, POSSESSIVE_PRONOUNS } from './speakerWords';
import { isVerbish, namesSomebody, openingClauseSubject, rightPhrase, sentenceSubject } from '../2-candidates/phrases';
import { isPeoplePlural, isStopCapitalised, ORG_HEADS, PLACES, PRONOUNS, TITLE_HEADS } from '../words/words';
import { MAX_RUN_ON_PARAGRAPHS, OPENING_WORDS, PAIR_SPEAKERS_REACH } from './windows';

/** One candidate with the speaker the document-wide pass gave it; offsets relative to its paragraph. */
export interface Attribution {
  /** Index of the candidate in its paragraph (sentences in order, then candidates in order). */
  index: number;
  candidate: Candidate;
  /** Index of the candidate's sentence in its paragraph, and in the whole document. */
  sentence: number;
  docSentence: number;
  entity: Entity | null;
  mention: Mention | null;
  /** Other people a pronoun attribution could point to. */
  alternatives?: string[];
  /** The speaker is carried over from an earlier paragraph: nothing in this one attributes the words. */
  inferred?: true;
}

/** What the speakers stage finds in a document. */
export interface SpeakerPass {
  /** Per paragraph, its attributed candidates in order. */
  attributions: Attribution[][];
  /** Per paragraph, speech-like quotations with no speaker (relative offsets). */
  unattributed: Span[][];
  /** Per sentence of the document, the person or group it is about (for the writer's framing), or null. */
  subjects: Array<Entity | null>;
  /** Every last name the registry knew: capitalised words that name people. */
  surnames: Set<string>;
}

/** Every candidate of a paragraph with the index of its sentence, in order. */
export const candidatesOf = (work: Placed['work']): Array<{ c: Candidate; si: number }> =>
  work.sentences.flatMap((s, si) => s.candidates.map((c) => ({ c, si })));

/** The first registered person named in a sentence's opening words. */
function firstNamed(sw: SentenceWork, reg: Registry): Entity | null {
  for (const t of sw.tokens.slice(0, OPENING_WORDS)) {
    if (t.kind !== 'word' || !t.cap) continue;
    const e = reg.bySurnameKey(stripPossessive(t.text));
    if (e) return e;
  }
  return null;
}

/** Two capitalised names joined by "and" in a sentence ("British Airways and American Airlines"), the first such; else null. */
function namedPair(tokens: readonly Token[]): string | null {
  const name = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap && !isStopCapitalised(t);
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k].lower !== 'and' || !name(tokens[k - 1]) || !name(tokens[k + 1])) continue;
    let a = k - 1;
    while (a > 0 && name(tokens[a - 1])) a--;
    let b = k + 1;
    while (b + 1 < tokens.length && name(tokens[b + 1])) b++;
    return join(tokens.slice(a, b + 1).map((t) => ({ ...t, text: stripPossessive(t.text) })));
  }
  return null;
}

/**
 * "Dock workers have rejected the offer, their union said", "The union has rejected it, its leader
 * said", "Ana Lee will resign, her spokesman said": when a possessive pronoun opens the speaker phrase
 * after the words it attributes, whom those words open with is the owner, if they agree (a group or
 * organisation for "their" and "its", a person's name for "his" and "her"); before the words, the
 * sentence's subject; else null.
 */
function ownerOfWords(c: Candidate, tokens: Token[]): string | null {
  const source = c.cue?.source;
  const kind = source && source.length >= 2 ? POSSESSIVE_PRONOUNS.get(source[0].lower) : undefined;
  if (!kind || !source) return null;
  // ("The Green Party rejected the offer, with its leader calling it …", "… for what its leader called
  // …": before the words, the sentence's subject, if it stands before the pronoun.)
  let np: Token[];
  if (source[0].start < c.end) {
    np = sentenceSubject(tokens);
    if (!np.length || np[np.length - 1].end > source[0].start) return null;
  } else {
    const at = tokens.findIndex((t) => t.start >= c.start);
    np = at >= 0 ? rightPhrase(tokens, at, false) : [];
  }
  if (!np.length || !namesSomebody(np) || np.some((t) => t.kind !== 'word' || PRONOUNS.has(t.lower))) return null;
  const p = parseMention(np);
  const plural = isPeoplePlural(p.head);
  const fits = kind === 'person' ? p.type === 'name' : kind === 'organisation' ? p.type === 'organisation' || (p.type === 'description' && ORG_HEADS.has(p.head)) : plural || p.type === 'organisation';
  if (!fits) return null;
  return kind === 'person' ? stripPossessive(p.nameTokens[p.nameTokens.length - 1]?.text ?? '') || null : join(np).replace(/^the /i, '');
}

/** Is the source a word for two people just named ("both", "the two", "the pair")? */
function isPairWord(source: readonly Token[]): boolean {
  const words = source.map((t) => t.lower);
  const joined = words.join(' ');
  if (joined === 'both' || joined === 'the two' || joined === 'the pair') return true;
  // ("Both men said", "the two leaders said": people of a kind, never "both sides", which are bodies.)
  const head = words[words.length - 1];
  return (joined === `both ${head}` || joined === `the two ${head}`) && isPeoplePlural(head) && !PAIR_BODIES.has(head);
}
/**
 * Two descriptions joined by "and" that open the sentence and end right before "both" at `k` ("The
 * union leader and the employers' negotiator | both said"), as the pair's name; else null.
 */
function describedPairBefore(tokens: readonly Token[], k: number): string | null {
  const before = tokens.slice(0, k);
  const and = before.findIndex((t) => t.lower === 'and');
  if (and < 2 || and > before.length - 3 || before.length > MAX_DESCRIBED_PAIR_WORDS) return null;
  const described = (words: readonly Token[]): boolean => words.every((t) => t.kind === 'word' && !isVerbish(t) && t.lower !== 'and') && TITLE_HEADS.has(stripPossessive(words[words.length - 1].lower));
  return described(before.slice(0, and)) && described(before.slice(and + 1)) ? join(before).replace(/^(?:The|the) /, '') : null;
}
/** Most words of two descriptions joined by "and" before "both". */
const MAX_DESCRIBED_PAIR_WORDS = 10;
/** Plural heads after "both" or "the two" that mean two bodies, not two people named ("both sides"). */
const PAIR_BODIES: ReadonlySet<string> = new Set(['sides', 'parties', 'countries', 'nations', 'governments', 'states', 'unions', 'companies', 'firms', 'groups', 'teams', 'delegations', 'camps']);

/** Nouns for what someone said that a possessive name may own ("Ruiz's full remarks", "Hale's comments"). */
const REMARKS_NOUNS: ReadonlySet<string> = new Set(['comments', 'remarks', 'statement', 'words', 'speech', 'interview', 'answer', 'response', 'message', 'testimony', 'address']);
/** Most describing words between such an owner and the noun ("Ruiz's | full | remarks"). */
const MAX_REMARKS_DESCRIBERS = 2;

/**
 * The person whose remarks a sentence speaks of by a possessive name ("You can watch Ruiz's full
 * remarks in the video below."), when the text has named them and the sentence names nobody else; else null.
 */
function remarksOwner(sw: SentenceWork, reg: Registry, named: Set<Entity>): Entity | null {
  const tokens = sw.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.cap || !isPossessive(t)) continue;
    let n = k + 1;
    while (n < tokens.length && n - k <= MAX_REMARKS_DESCRIBERS && tokens[n].kind === 'word' && !tokens[n].cap && !REMARKS_NOUNS.has(tokens[n].lower)) n++;
    if (!REMARKS_NOUNS.has(tokens[n]?.lower ?? '')) continue;
    const e = reg.bySurnameKey(stripPossessive(t.text));
    return e?.kind === 'person' && [...named].every((x) => x === e) ? e : null;
  }
  return null;
}

/** People a sentence names by a known last name. */
function namedIn(sw: SentenceWork, reg: Registry, before = Infinity): Set<Entity> {
  const named = new Set<Entity>();
  for (const t of sw.tokens) {
    if (t.start >= before) break;
    if (t.kind !== 'word' || !t.cap) continue;
    const e = reg.bySurnameKey(stripPossessive(t.text));
    if (e) named.add(e);
  }
  return named;
}

/**
 * The speakers stage over the whole document: the registry of people from every sentence's facts,
 * then each candidate's source resolved in text order (names, pronouns, descriptions, quotes
 * carried from the last speaker). Linear in sentences and candidates.
 */
export function resolveSpeakers(placed: Placed[]): SpeakerPass {
  const registry = new Registry();
  for (const p of placed) {
    for (const s of p.work.sentences) {
      for (const f of s.facts) {
        // ("Halden Group's takeover": the possessive is no part of the name.)
        if (f.organisation) registry.other(stripPossessive(join(f.name)), 'organisation', p.start + f.name[0].start, f.parts[f.parts.length - 1].toLowerCase(), true);
        else {
          const e = registry.person(f.name, p.start + f.name[0].start, f.role, f.parts, f.gender, f.honorific);
          if (f.affiliation) e.affiliations.add(f.affiliation);
        }
      }
      for (const a of s.acronyms) registry.acronym(a.acronym, join(a.name), p.start + a.name[0].start);
    }
  }
  // How far after each paragraph an unnamed speaker it has may be named: to its end, or through the
  // first sentence of the next one if that opens with a quotation ("A spokesman for the crews said
  // …", next "“…,” Hugo Leb said.").
  const namedLaterEnds = new Map<number, number>();
  placed.forEach((p, i) => {
    const next = placed[i + 1];
    const first = next?.work.sentences[0]?.sentence;
    namedLaterEnds.set(p.start, first && next.work.quotes[0]?.open === first.start ? next.start + first.end : p.start + p.text.length);
  });
  const pass = new DocumentPass(registry, namedLaterEnds, placed);
  placed.forEach((p, pi) => pass.paragraph(p, pi));
  return { attributions: pass.attributions, unattributed: pass.unattributed, subjects: pass.subjects, surnames: registry.surnames() };
}

/** The capitalised name set off by commas right after a sentence's subject (", the SGB,"), or null. */
function namedAfter(tokens: Token[], subject: Token[]): Token[] | null {
  if (!subject.length) return null;
  let k = tokens.indexOf(subject[subject.length - 1]) + 1;
  if (tokens[k]?.text !== ',') return null;
  const start = ++k;
  if (tokens[k]?.lower === 'the') k++;
  while (k < tokens.length && tokens[k].kind === 'word' && tokens[k].cap) k++;
  return k > start && tokens[k]?.text === ',' && tokens[k - 1].cap ? tokens.slice(start, k) : null;
}

/** Is this paragraph a headline: one sentence with no mark ending it ("Police fury at pay offer 'insult'")? */
function isHeadline(p: Placed): boolean {
  return p.work.sentences.length === 1 && endsUnmarked(p.text);
}

/** The state of the document-wide pass as it walks the sentences in order. */
class DocumentPass {
  readonly attributions: Attribution[][] = [];
  readonly unattributed: Span[][] = [];
  readonly subjects: Array<Entity | null> = [];
  private readonly resolver: Resolver;
  private lastParagraph = -1;
  /** The paragraph of the last attribution that named its speaker (a cue with a source). */
  private lastAttributed = -1;
  /** Quoted fragments of a headline, waiting for the first speaker of the story's first sentence. */
  private headlineFragments: Attribution[] = [];
  /** The sentence (in the document) of the last attribution with a speaker, -1 at a paragraph's start. */
  private spokeIn = -1;
  /** The paragraph a cue ending in a colon ("He said:") introduced. */
  private introduced = -1;
  /** Who answers in an interview ("A: …"), fixed at the first answer. */
  private interviewee: Entity | null = null;
  /** Has a paragraph after a question been read as an interview's answer? */
  private answered = false;
  /** People named in the previous sentence, for spotting ambiguous pronouns. */
  private before = new Set<Entity>();
  /** Two names the previous sentence joined by "and" ("British Airways and American Airlines"), for "the two". */
  private beforePair: string | null = null;

  /** Is the first paragraph a headline? */
  private headlineFirst = false;

  constructor(private readonly registry: Registry, namedLaterEnds: ReadonlyMap<number, number>, private readonly placed: readonly Placed[] = []) {
    this.resolver = new Resolver(registry, namedLaterEnds);
  }

  paragraph(p: Placed, pi: number): void {
    const own: Attribution[] = [];
    const lost: Span[] = [];
    this.attributions.push(own);
    this.unattributed.push(lost);
    let index = 0;
    // A paragraph after "He said:" is that speaker's where it speaks in the first person.
    const introducedSpeech = this.introduced === pi;
    this.spokeIn = -1;
    // (The headline and the lede: where a story describes whom it names next.)
    if (pi === 0) this.headlineFirst = isHeadline(p);
    this.resolver.inLede = pi === 0 || (pi === 1 && this.headlineFirst);
    // (An interview set as questions and answers with no labels: a paragraph in the first person after a question.)
    const answer = this.answerAfterQuestion(p, pi);
    p.work.sentences.forEach((sw, si) => {
      const docSentence = this.subjects.length;
      const named = namedIn(sw, this.registry);
      const candidates = answer ? (si === 0 ? [answer] : []) : sw.candidates;
      // (A sentence that would be speech only if introduced has no candidate otherwise.)
      const speaks = candidates.length > 0 && (introducedSpeech || !candidates[0].ifIntroduced);
      let subject = speaks && !sw.subject.length ? null : this.subjectOf(sw, p);
      // "Moss revealed her frustration ... / “We would step in ...”": a person named as a
      // paragraph's subject is who a quotation paragraph right after it carries over from.
      // ("You can watch Ruiz's full remarks in the video below." and next a paragraph of quotation alone:
      // the remarks' owner is whom it carries on from.)
      const owner = !speaks && subject?.kind !== 'person' ? remarksOwner(sw, this.registry, named) : null;
      if (owner) {
        this.resolver.note(owner, p.start + sw.sentence.start);
        subject = owner;
      }
      if (subject?.kind === 'person') this.lastParagraph = pi;
      for (const c of candidates) {
        // (Otherwise a sentence that would be speech only so introduced is nobody's, and no loss.)
        if (c.ifIntroduced && !introducedSpeech) {
          index++;
          continue;
        }
        const a = this.attribute(c, index++, si, docSentence, p, pi, named);
        if (!a) {
          // (A fragment nobody spoke just before is the writer's phrase: no loss. In a headline it
          // may be the words of whoever speaks first in the story: "Police fury at pay offer 'insult'".
          // A line labelled "NOTE:" or by a name the text never gave is nobody's speech either.)
          if (!c.fragment && !c.label) lost.push({ start: c.start, end: c.end });
          else if (pi === 0 && isHeadline(p) && !c.label) this.headlineFragments.push({ index: index - 1, candidate: c, sentence: si, docSentence, entity: null, mention: null });
          continue;
        }
        // (The first speaker of the story's first sentence after a headline speaks its fragments.)
        if (pi === 1 && si === 0 && a.entity && this.headlineFragments.length) {
          for (const f of this.headlineFragments) this.attributions[0].push({ ...f, entity: a.entity });
          this.attributions[0].sort((x, y) => x.index - y.index);
          this.headlineFragments = [];
        }
        if (!c.introduces && !c.refersBack) own.push(a);
        if (a.entity?.kind === 'person') named.add(a.entity);
        subject ??= a.entity;
      }
      this.before = named;
      this.beforePair = namedPair(sw.tokens);
      this.subjects.push(subject ?? (sw.framings.length ? firstNamed(sw, this.registry) : null));
    });
  }

  /**
   * "How close are the two sides?" and next "Closer than at any time I can remember. We have agreed
   * …": in an interview set without labels, a paragraph in the first person with no quotation and no
   * cue, right after a paragraph that only asks a question, is the interviewee's answer, to its end
   * (as "A: …" is); else null.
   */
  private answerAfterQuestion(p: Placed, pi: number): Candidate | null {
    const asked = this.placed[pi - 1];
    if (!asked || !asked.text.trimEnd().endsWith('?') || asked.work.quotes.length || p.work.quotes.length || p.text.trimEnd().endsWith('?')) return null;
    if (asked.work.sentences.some((sw) => sw.candidates.length)) return null;
    // (Once the text has shown itself an interview, an answer need not speak in the first person: "Politics. If …".)
    const own = p.work.sentences.flatMap((sw) => sw.candidates);
    if ((!own.length && !this.answered) || !own.every((c) => c.ifIntroduced)) return null;
    this.answered = true;
    const first = p.work.sentences[0].sentence;
    return { start: first.start, end: p.text.trimEnd().length, kind: 'unquoted', cue: null, sentence: first, answer: true, askedAt: asked.start };
  }

  /**
   * The cue of a sentence opening the next paragraph that says whose words the quotation before it
   * was ("That was the message from …"), when sentence `si` ends paragraph `pi` and the paragraph
   * attributes nothing itself; else null.
   */
  private pointedBackFrom(pi: number, si: number): Cue | null {
    const here = this.placed[pi];
    if (!here || si !== here.work.sentences.length - 1 || here.work.sentences.some((sw) => sw.candidates.some((c) => c.cue))) return null;
    const back = this.placed[pi + 1]?.work.sentences[0]?.candidates.find((c) => c.refersBack);
    return back?.cue?.source?.length ? back.cue : null;
  }

  /**
   * The cue that names who speaks a quotation running on from paragraph `pi` (an opening mark again
   * at each next paragraph, no closing one), and the paragraph it stands in: the first cue with a
   * speaker in the paragraphs the quotation runs through; else null.
   */
  private continuationCue(pi: number): { cue: Cue; at: Placed } | null {
    for (let k = pi + 1; k < this.placed.length && k - pi <= MAX_RUN_ON_PARAGRAPHS; k++) {
      const at = this.placed[k];
      const candidates = at.work.sentences.flatMap((sw) => sw.candidates);
      // (The paragraph's own first quotation, the one that carries the words on, must be what the cue attributes.)
      const first = candidates[0];
      if (!first || first.kind !== 'direct' || first.start > 1) return null;
      const cue = candidates.find((c) => c.cue?.source?.length)?.cue;
      if (cue) return { cue, at };
      if (!candidates.some((c) => c.continued)) return null;
    }
    return null;
  }

  /** "Brandt struck a guarded tone. ..., he said.": a named subject is who "he" means next. */
  private subjectOf(sw: SentenceWork, p: Placed): Entity | null {
    const parsed = sw.subject.length ? parseMention(sw.subject) : null;
    const last = parsed?.nameTokens[parsed.nameTokens.length - 1];
    // ("Maria is unconvinced.": a first name alone the text gave one person is that person.)
    const key = last ? stripPossessive(last.text) : '';
    const byFirstName = parsed?.nameTokens.length === 1 && FIRST_NAMES.has(key.toLowerCase()) ? this.registry.byFirstNameKey(key) : undefined;
    let subject = (parsed?.type === 'name' && last && (this.registry.bySurnameKey(key) ?? byFirstName)) || null;
    let lone: Token[] | null = null;
    // "China's lead negotiator, Liu Zhenmin, rejected ...": the subject is the named apposition.
    if (!subject && parsed?.type === 'description') subject = firstNamed(sw, this.registry) ?? this.resolver.existing(sw.subject, p.start);
    if (subject) this.resolver.note(subject, p.start + sw.subject[0].start);
    // "The city's chamber of commerce urged ...": an organisation as subject is what a later "it said" means.
    else if (parsed?.type === 'organisation' && !parsed.refKind && !parsed.ofHead) this.resolver.noteOrganisation(sw.subject, p.start);
    else if (parsed?.type === 'description') {
      // ("Switzerland's largest union federation, the SGB, was sceptical. It warned …": a name set off
      // after a described organisation is what "it" means next.)
      const named = namedAfter(sw.tokens, sw.subject);
      if (named && ORG_HEADS.has(parsed.head)) this.resolver.noteOrganisation(named, p.start);
      else this.resolver.noteDescribedSubject(sw.subject, p.start);
    }
    // "Harbour has opened a help line. They say …": an organisation's short name as subject, likewise.
    else if (parsed?.type === 'name' && last && parsed.nameTokens.length === 1) {
      const org = this.registry.organisationCalled(stripPossessive(last.text), p.start + sw.subject[0].start);
      if (org) this.resolver.note(org);
      // ("Once Okafor left the room, he said …": the subject of a clause opening the sentence, whose words a
      // pronoun attributes, is a person, whom the pronoun means.)
      else if (!isPossessive(last) && !PLACES.has(last.lower) && sw.subject[0] === openingClauseSubject(sw.tokens)[0]) {
        subject = this.registry.person(parsed.nameTokens, p.start + sw.subject[0].start);
        this.resolver.note(subject, p.start + sw.subject[0].start);
      }
      // ("Ruiz disagreed. “…,” she said.": a lone name nobody has and no place, kept for a "she" with nobody else to mean.)
      else if (!isPossessive(last) && !PLACES.has(last.lower)) lone = parsed.nameTokens;
    }
    if (sw.subject.length) this.resolver.noteLoneName(lone, p.start);
    return subject;
  }

  /** The speaker of one candidate, or null when it is speech with nobody to carry it from. */
  private attribute(c: Candidate, index: number, si: number, docSentence: number, p: Placed, pi: number, named: Set<Entity>): Attribution | null {
    let entity: Entity | null = null;
    let mention: Mention | null = null;
    let alternatives: string[] | undefined;
    let inferred = false;
    let pointing: Cue | null;
    let running: { cue: Cue; at: Placed } | null;
    if (c.label) {
      // A transcript's line is the person the text named whose surname the label gives, or nobody's.
      entity = this.registry.bySurnameKey(c.label) ?? null;
      if (entity?.kind !== 'person') return null;
    } else if (c.answer) {
      // An interview's answers are all the interviewee's: the person spoken of when the first came
      // (with no labels, or else the person named last before the first question).
      this.interviewee ??= this.resolver.lastPersonSpoken ?? (c.askedAt !== undefined ? this.registry.latestBefore(c.askedAt, true, () => true) ?? null : null);
      entity = this.interviewee;
      if (!entity) return null;
    } else if (c.fragment) {
      // The speaker of the sentence just before, in this paragraph, goes on in a quoted fragment.
      if (this.spokeIn !== docSentence - 1 && this.spokeIn !== docSentence) return null;
      entity = this.resolver.current;
      if (!entity) return null;
    } else if (c.cue?.source?.length) {
      this.lastAttributed = pi;
      this.resolver.ownerHint = ownerOfWords(c, p.work.sentences[si].tokens);
      ({ entity, mention } = this.resolver.resolve(c.cue.source, c.cue.appositions, p.text, p.start, c.cue.lemma === 'add'));
      this.resolver.ownerHint = null;
      // ("Ana Lee and Tom Reyes met on Monday. Both said …": the two people the sentence before named.)
      // ("… to ally British Airways and American Airlines. The two have since said …": or the two it joined by "and".)
      // ("Both men said": a sentence-opening "Both" is left out of the phrase, but says the same.)
      const sw = p.work.sentences[si];
      const tokens = sw.tokens;
      const lead = tokens[tokens.indexOf(c.cue.source[0]) - 1];
      if (isPairWord(lead?.lower === 'both' ? [lead, ...c.cue.source] : c.cue.source)) {
        // ("Union leader Ana Ruiz and negotiator Tom Hale both said …": the two this sentence names before it, else the last one's.)
        const pairHere = [...namedIn(sw, this.registry, c.cue.source[0].start)].filter((x) => x.kind === 'person');
        // ("“…,” said Ana Ruiz. “…,” said Tom Hale. Both said …": or the two who spoke last, lately.)
        const named2 = [...this.before].filter((x) => x.kind === 'person');
        const people = pairHere.length === 2 ? pairHere : named2.length === 2 ? named2 : this.resolver.lastTwoSpeakers(p.start + c.cue.source[0].start - PAIR_SPEAKERS_REACH) ?? named2;
        const pair = people.length === 2 ? `${people[0].name} and ${people[1].name}` : this.beforePair ?? describedPairBefore(tokens, tokens.indexOf(c.cue.source[0]));
        if (pair) entity = this.registry.other(pair, 'group', p.start + c.cue.source[0].start, 'pair');
      }
      if (entity) this.resolver.note(entity, p.start + c.cue.source[0].start, true);
      if (entity && mention?.type === 'pronoun' && AMBIGUOUS_PRONOUNS.has(mention.text.toLowerCase())) {
        const gender = GENDER_WORDS.get(mention.text.toLowerCase());
        const others = [...new Set([...this.before, ...named])].filter((x) => x !== entity && x.kind === 'person' && (!gender || !x.gender || x.gender === gender));
        if (others.length) alternatives = others.map((x) => x.name);
      }
    } else if (c.carried && !c.cue && c.continued && (running = this.continuationCue(pi))) {
      // "“We have moved a long way. …" and next "“If they match it, we can settle,” said Kate Dunmore":
      // a quotation that runs on over paragraphs is the speaker's its last paragraph names.
      // (The mention stands in that later paragraph: none is given here.)
      ({ entity } = this.resolver.resolve(running.cue.source!, running.cue.appositions, running.at.text, running.at.start, running.cue.lemma === 'add'));
      if (!entity) return null;
      this.lastAttributed = pi;
    } else if (c.carried && !c.cue && (pointing = this.pointedBackFrom(pi, si))) {
      // "“Nobody should mistake our patience for weakness.”" and next paragraph "That was the message
      // from Tom Hale on Tuesday": a paragraph of quotation alone is whose words the next one says.
      const next = this.placed[pi + 1];
      ({ entity } = this.resolver.resolve(pointing.source!, pointing.appositions, next.text, next.start));
      if (!entity) return null;
      this.lastAttributed = pi;
    } else if (c.carried || c.cue) {
      // A quote with no cue of its own continues the previous speaker, if that was recent.
      if (this.lastParagraph >= pi - 1) entity = this.resolver.current;
      if (!entity) return null;
      inferred = this.lastAttributed < pi;
    }
    this.lastParagraph = pi;
    if (entity) this.spokeIn = docSentence;
    // "He said:" ending a paragraph, or a quotation that runs on into the next one, attributes the
    // next paragraph's words too (news style), unless this one was itself inferred.
    if ((c.introduces || c.continued) && !inferred) this.lastAttributed = pi + 1;
    if (c.introduces && !inferred) this.introduced = pi + 1;
    const a: Attribution = { index, candidate: c, sentence: si, docSentence, entity, mention };
    if (alternatives) a.alternatives = alternatives;
    if (inferred) a.inferred = true;
    return a;
  }
}

import lexicon from './attribution.lexicon.json';
import speakerWords from './speakers.lexicon.json';
import type { Sentence } from './segment';
import { lowerBound } from './search';
import { isPossessive, tokenize, type Token } from './tokens';
import type { QuoteKind } from './types';
import type { StanceScore } from './stance';

/** A reporting verb in a sentence, with the phrase that names who speaks. */
export interface Cue {
  /** The verb token ("said", "warned"), its index in the sentence's tokens, and its lemma. */
  verb: Token;
  at: number;
  lemma: string;
  /** The tokens naming the source, or null when the source is inherited from the sentence. */
  source: Token[] | null;
  /** How the source was found. */
  side: 'left' | 'right' | 'inherit';
  /** Title phrases set off by commas beside the source (", the EU's top diplomat,"). */
  appositions: Token[][];
  /** Token indexes covering source, verb and what hangs on the verb. */
  from: number;
  to: number;
}

/** A stretch of reported words and the cue that attributes them. */
export interface Candidate {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: Cue | null;
  sentence: Sentence;
  continued?: boolean;
  /** The quote had no cue in its sentence: its speaker is the one speaking just before. */
  carried?: boolean;
  /** The words' own stance score, computed once and kept with the cached candidate. */
  score?: StanceScore;
  /** Not a quote: a cue ending in a colon ("He said:") that introduces the next paragraph's quote. */
  introduces?: boolean;
}

const VERB_FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(lexicon.verbs)) for (const f of forms) VERB_FORMS.set(f, lemma);
const NEEDS = lexicon.needs as Record<string, string[]>;
const PARTICLES = lexicon.particles as Record<string, string[]>;
const WITH_OBJECT = new Set(lexicon.withObject);
const WEAK_WITHOUT_THAT = new Set(lexicon.weakWithoutThat);
const AUX = new Set(lexicon.auxiliaries);
const TIME = new Set(lexicon.timeWords);
const BLOCKERS = new Set(lexicon.contentBlockers);
const RELATIVES = new Set(lexicon.relatives);
const COORD = new Set(lexicon.coordinators);
const TITLE_PREFIXES = new Set(lexicon.titlePrefixes);
const LEADING_ADVERBS = new Set(['back', 'meanwhile', 'elsewhere', 'separately', 'earlier', 'later', 'still', 'yet', 'now', 'then', 'also', 'instead', 'overall', 'nevertheless', 'likewise', 'similarly', 'again']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'overnight']);

const NP_LOWER = new Set([
  ...speakerWords.determiners, ...speakerWords.npWords, ...speakerWords.titleHeads,
  ...speakerWords.groupHeads, ...speakerWords.orgHeads, ...speakerWords.titleModifiers,
]);
const HEADS = new Set([...speakerWords.titleHeads, ...speakerWords.groupHeads, ...speakerWords.orgHeads]);
const GROUP_WORDS = new Set([...speakerWords.groupHeads, 'conservatives', 'liberals', 'moderates', 'progressives', 'hardliners', 'lawmakers', 'legislators', 'republicans', 'democrats', 'members', 'voters', 'farmers', 'workers', 'residents', 'businesses', 'investors']);
const PRONOUNS = new Set(Object.keys(speakerWords.pronouns));
const DETERMINERS = new Set(speakerWords.determiners);
const STOP_CAP = new Set(speakerWords.stopCapitalised);
const BOUNDARY = new Set([',', ';', ':', '(', ')', '–', '—', '-', '[', ']']);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isComma = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && t.text === ',';
const isQuote = (t: Token | undefined): boolean => !!t && t.kind === 'quote';
const isBoundary = (t: Token | undefined): boolean => !t || t.kind === 'quote' || (t.kind === 'punct' && BOUNDARY.has(t.text));

/** Could this token stand inside a noun phrase that names a speaker? */
function npToken(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.cap) return !STOP_CAP.has(t.text) || t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || t.lower === 'his' || t.lower === 'her' || t.lower === 'its' || t.lower === 'their';
  if (isPossessive(t)) return true;
  if (/^\d/.test(t.text)) return true;
  return NP_LOWER.has(t.lower);
}

/** Does a phrase name somebody: a capitalised name, a pronoun, or a head noun like "spokesman"? */
export function namesSomebody(np: Token[]): boolean {
  if (np.length === 1 && PRONOUNS.has(np[0].lower)) return true;
  return np.some((t) => (t.cap && !STOP_CAP.has(t.text)) || HEADS.has(t.lower) || (isPossessive(t) && t.cap));
}

/** A title phrase set off by commas: noun-phrase words, with "of"/"for" complements ("envoy for water"). */
function isApposition(seg: Token[]): boolean {
  const prep = seg.findIndex((s) => ['of', 'for', 'on', 'in', 'at'].includes(s.lower));
  const core = prep > 0 ? seg.slice(0, prep) : seg;
  return seg.length <= 10 && npToken(seg[0]) && core.every((s) => npToken(s) || s.text === '&') && (prep < 0 || seg.length - prep <= 5);
}

/** Skips, leftwards from `j`, the auxiliaries, adverbs and time phrases between a subject and its verb. */
function skipLeftAdjuncts(tokens: Token[], j: number): number {
  for (;;) {
    const t: Token | undefined = tokens[j];
    if (!t || t.kind !== 'word') {
      if (t && t.kind === 'punct' && t.text === ')') {
        let k = j;
        while (k >= 0 && tokens[k].text !== '(') k--;
        if (k > 0) { j = k - 1; continue; }
      }
      return j;
    }
    if (AUX.has(t.lower) && !PRONOUNS.has(t.lower)) { j--; continue; }
    if (DAYS.has(t.lower) || ((t.lower === 'night' || t.lower === 'morning' || t.lower === 'evening' || t.lower === 'afternoon') && DAYS.has(tokens[j - 1]?.lower ?? ''))) {
      j--;
      if (tokens[j]?.lower === 'on') j--;
      continue;
    }
    return j;
  }
}

/** The noun phrase that ends at token `j`, scanning left; empty when there is none. */
function leftPhrase(tokens: Token[], j: number, floor: number): Token[] {
  if (j < floor || !isWord(tokens[j])) return [];
  if (PRONOUNS.has(tokens[j].lower)) return [tokens[j]];
  let k = j;
  // "residents in the old town warned": a group, a preposition, then any short place phrase.
  for (let m = j - 1; m > floor && j - m <= 5; m--) {
    const t = tokens[m];
    if (t.kind !== 'word' || VERB_FORMS.has(t.lower) || FINITE.has(t.lower)) break;
    if (['in', 'at', 'from', 'within'].includes(t.lower) && GROUP_WORDS.has(tokens[m - 1].lower)) { k = m - 2; break; }
  }
  // A speaker phrase is short: stop looking after a dozen words.
  while (k >= floor && j - k < 14) {
    const t = tokens[k];
    if (npToken(t)) { k--; continue; }
    // "conservatives in his party", "officials at the ministry": a group and where it sits.
    if (['in', 'at', 'from', 'within', 'inside', 'close'].includes(t.lower) && k > floor && GROUP_WORDS.has(tokens[k - 1].lower)) { k -= 2; continue; }
    // "of" and "and" join two phrases: "the office of ... Netanyahu", "DUP and Sinn Féin sources".
    if ((t.lower === 'of' || t.lower === 'and' || t.text === '&') && k > floor && npToken(tokens[k - 1]) && tokens[k + 1] && (tokens[k + 1].cap || NP_LOWER.has(tokens[k + 1].lower))) {
      if (t.lower === 'and' && !(tokens[k - 1].cap && tokens[k + 1].cap)) break;
      k--;
      continue;
    }
    break;
  }
  // The whole short segment after a comma is the phrase, even with words we don't know
  // ("two sources familiar with the planning said").
  let segStart = j;
  // Only a short segment can be taken whole; don't scan further back than that.
  while (segStart > floor && j - segStart < 8 && !isBoundary(tokens[segStart - 1])) segStart--;
  const segLen = j - segStart + 1;
  const afterComma = segStart > 0 && isComma(tokens[segStart - 1]);
  if (segStart > floor && !isBoundary(tokens[segStart - 1])) return trimLead(tokens.slice(k + 1, j + 1));
  if (k >= segStart && segLen <= (afterComma ? 7 : 5) && (afterComma || segStart === 0) && npToken(tokens[segStart]) && namesSomebody(tokens.slice(segStart, j + 1))) {
    return tokens.slice(segStart, j + 1);
  }
  return trimLead(tokens.slice(k + 1, j + 1));
}

/** A phrase never starts with a capitalised function word ("But", "Still"). */
function trimLead(phrase: Token[]): Token[] {
  while (phrase.length && phrase[0].cap && STOP_CAP.has(phrase[0].text) && !['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(phrase[0].lower)) phrase = phrase.slice(1);
  return phrase;
}

/** The noun phrase that starts at token `i`, scanning right (for "said Kremlin spokesman Dmitry Peskov"). */
function rightPhrase(tokens: Token[], i: number): Token[] {
  if (isWord(tokens[i]) && PRONOUNS.has(tokens[i].lower) && tokens[i].lower !== 'who') return [tokens[i]];
  let k = i;
  while (k < tokens.length && k - i < 14) {
    const t = tokens[k];
    if (npToken(t)) { k++; continue; }
    if ((t.lower === 'of' || t.lower === 'and') && tokens[k + 1]?.cap && k > i) { k++; continue; }
    break;
  }
  // A short phrase running to a comma or the end is taken whole ("according to two officials close to the talks,").
  let segEnd = i;
  while (segEnd < tokens.length && segEnd - i < 8 && !isBoundary(tokens[segEnd]) && !(tokens[segEnd].kind === 'punct' && /[.!?]/.test(tokens[segEnd].text))) segEnd++;
  if (k > i && segEnd - i <= 7 && segEnd > k && (segEnd === tokens.length || isComma(tokens[segEnd]) || /[.!?]/.test(tokens[segEnd].text)) && namesSomebody(tokens.slice(i, k)) && !tokens.slice(k, segEnd).some((t) => VERB_FORMS.has(t.lower))) {
    return tokens.slice(i, segEnd);
  }
  return tokens.slice(i, k);
}

/** The first noun phrase of a sentence (its subject), after any leading adverbial set off by a comma. */
function subjectPhrase(tokens: Token[], before: number): Token[] {
  let i = 0;
  for (let k = 0; k < Math.min(before, 40); k++) {
    if (!isComma(tokens[k])) continue;
    const lead = tokens[i];
    // "On Wednesday, ...", "Speaking to reporters, ...": skip the adverbial.
    const second = tokens[i + 1];
    if (lead && (STOP_CAP.has(lead.text) || /(?:ing|ed|ly)$/.test(lead.lower) || BLOCKERS.has(lead.lower) || LEADING_ADVERBS.has(lead.lower) || (second && BLOCKERS.has(second.lower)))) i = k + 1;
    break;
  }
  const np = rightPhrase(tokens, i);
  return namesSomebody(np) ? np : [];
}

/** The subject phrase of a sentence, for tracking who a following "he" or "she" is. */
export function sentenceSubject(tokens: Token[]): Token[] {
  return subjectPhrase(tokens, tokens.length);
}

/** Skips, rightwards from `i`, time phrases, "in a statement", "to reporters" and similar adjuncts. */
function skipRightAdjuncts(tokens: Token[], i: number, lemma: string): number {
  let guard = 0;
  while (i < tokens.length && guard++ < 12) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text === '(') {
      let k = i;
      while (k < tokens.length && tokens[k].text !== ')') k++;
      if (k < tokens.length) { i = k + 1; continue; }
      return i;
    }
    if (!isWord(t)) return i;
    if (DAYS.has(t.lower) || (TIME.has(t.lower) && DAYS.has(tokens[i + 1]?.lower ?? '')) || t.lower === 'also' || t.lower === 'later' || t.lower === 'earlier' || t.lower === 'again' || t.lower === 'previously') { i++; continue; }
    if (['in', 'on', 'to', 'at', 'during', 'after', 'before'].includes(t.lower)) {
      // A short prepositional phrase that is followed by "that", a colon or a quotation.
      let k = i + 1;
      while (k < tokens.length && k - i <= 8 && isWord(tokens[k]) && tokens[k].lower !== 'that' && !VERB_FORMS.has(tokens[k].lower)) k++;
      const stop = tokens[k];
      if (stop && (stop.lower === 'that' || (stop.kind === 'punct' && stop.text === ':') || isQuote(stop) || isComma(stop))) { i = k; continue; }
      // "wrote on social media the pair had ...": a short phrase, then a clause.
      let hop = 0;
      for (let n = 1; n <= 3 && !hop; n++) {
        const c = tokens[i + 1 + n];
        if (c && c.kind === 'word' && ['in', 'on', 'to', 'at'].includes(t.lower) && tokens.slice(i + 1, i + 1 + n).every((x) => isWord(x) && !BLOCKERS.has(x.lower)) && (DETERMINERS.has(c.lower) || PRONOUNS.has(c.lower) || c.cap) && looksLikeClause(tokens, i + 1 + n)) hop = n;
      }
      if (hop) { i = i + 1 + hop; continue; }
      // "said to NOS.", "told reporters on Thursday"
      if (k - i <= 3 && (!stop || stop.kind === 'punct')) { i = k; continue; }
      // "said on Thursday" / "said in Brussels" before a clause
      if (k - i >= 2 && (DAYS.has(tokens[i + 1].lower) || tokens[i + 1].cap) && k - i <= 3) { i += 2; continue; }
      return i;
    }
    if (WITH_OBJECT.has(lemma) && guard === 1) {
      // "told reporters that", "accused Hamas of", "urged both delegations to": skip a short object.
      let k = i;
      // An object has no verb of its own: "warned they would not" is a clause, not an object.
      while (k < tokens.length && k - i < 7 && isWord(tokens[k]) && !FINITE.has(tokens[k].lower) && !['that', 'of', 'to', 'against'].includes(tokens[k].lower)) k++;
      if (FINITE.has(tokens[k]?.lower ?? '')) return i;
      const stop = tokens[k];
      if (k > i && stop && (['that', 'of', 'to', 'against'].includes(stop.lower) || isQuote(stop) || stop.text === ':' || (k - i <= 3 && stop.kind === 'punct'))) { i = k; continue; }
    }
    return i;
  }
  return i;
}

const FINITE = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'should', 'must', 'was', 'were', 'is', 'are', 'can', 'may', 'might', 'did', 'do', 'does', "won't", 'won’t', "wasn't", 'wasn’t']);

/** Does the text at `i` start a clause ("the pair had also invited ...") rather than an object ("a letter")? */
function looksLikeClause(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + 7; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (k > i && FINITE.has(t.lower)) return true;
  }
  return false;
}

/** Can these words open a clause of reported speech (not "During the talks", "Still reeling from")? */
function opensClause(tokens: Token[], from: number, to: number): boolean {
  const t = tokens[from];
  if (!t || t.kind === 'punct') return false;
  if (t.kind === 'quote' || t.lower === 'but') return true;
  const adverbial = BLOCKERS.has(t.lower) || /ing$/.test(t.lower) || LEADING_ADVERBS.has(t.lower) || t.lower === 'during' || t.lower === 'asked';
  return !adverbial || tokens.slice(from, to).some((x) => FINITE.has(x.lower));
}

/** Where a clause with its own subject starts before the cue at `from` (", but conservatives ..."), or -1. */
function newClause(tokens: Token[], from: number): number {
  for (let k = from - 1; k > 0 && from - k <= 5; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return -1;
    if (['but', 'while', 'whereas', 'although', 'though'].includes(t.lower)) return isComma(tokens[k - 1]) ? k - 1 : -1;
  }
  return -1;
}

/** Counts the words (not punctuation) in tokens[from..to). */
const wordCount = (tokens: Token[], from: number, to: number): number => {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind === 'word') n++;
  return n;
};

/** Finds the reporting cues of one sentence. */
function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    let lemma = VERB_FORMS.get(t.lower);
    let verbEnd = i;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') { lemma = 'according'; verbEnd = i + 1; }
    if (!lemma) continue;
    const prev = tokens[i - 1];
    if (prev && ['to', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'not'].includes(prev.lower) && lemma !== 'according') continue;
    const participle = lemma !== 'according' && t.lower.endsWith('ing');
    if (participle && !(isComma(prev) || (prev && COORD.has(prev.lower)))) continue;
    const needs = NEEDS[lemma];
    const namesQuote = lemma === 'call' && tokens.slice(i + 1, i + 7).some((x) => x.kind === 'quote');
    if (needs && needs.length && !namesQuote) {
      let k = i + 1;
      while (k < tokens.length && k - i <= 5 && !needs.includes(tokens[k].lower) && !needs.includes(tokens[k].text) && tokens[k].kind === 'word') k++;
      if (!tokens[k] || !(needs.includes(tokens[k].lower) || needs.includes(tokens[k].text))) continue;
      if (lemma === 'call' && k !== i + 1) continue;
      if (lemma === 'call' || lemma === 'question') verbEnd = k;
    }
    const particles = PARTICLES[lemma];
    if (particles && particles.includes(tokens[i + 1]?.lower ?? '') && tokens[i + 1].lower !== 'that') verbEnd = i + 1;

    let source: Token[] | null = null;
    let side: Cue['side'] = 'left';
    const appositions: Token[][] = [];
    let from = i;
    if (lemma === 'according') {
      source = rightPhrase(tokens, verbEnd + 1);
      side = 'right';
      if (!namesSomebody(source) || source.some((s) => /^(tally|count|figures|data|report|estimates?|poll|survey|statistics)$/.test(s.lower))) continue;
      cues.push({ verb: t, at: i, lemma, source, side, appositions, from: i, to: verbEnd + source.length });
      continue;
    }
    let j = skipLeftAdjuncts(tokens, i - 1);
    const floor = 0;
    if (participle || (tokens[j] && COORD.has(tokens[j].lower))) {
      side = 'inherit';
      from = participle ? i : j;
    } else {
      let np = leftPhrase(tokens, j, floor);
      let npFrom = j - np.length + 1;
      // "Blinken, who has been involved in ..., said": hop over relative clauses and appositions.
      let guard = 0;
      while (!np.length && isComma(tokens[j]) && guard++ < 3) {
        let k = j - 1;
        while (k >= 0 && !isBoundary(tokens[k])) k--;
        const seg = tokens.slice(k + 1, j);
        if (!seg.length || !isComma(tokens[k])) break;
        const first = seg[0];
        const titled = seg.some((s) => HEADS.has(s.lower));
        if (RELATIVES.has(first.lower) || BLOCKERS.has(first.lower) || (/ing$/.test(first.lower) && !first.cap)) {
          // "..., who has been involved in ..., said", "..., speaking on condition of anonymity, said"
          j = skipLeftAdjuncts(tokens, k - 1);
        } else if ((titled || ['a', 'an', 'the'].includes(first.lower)) && namesSomebody(seg) && isApposition(seg)) {
          // "Chip Roy, a Texas Republican, called": the apposition describes; the name before it speaks.
          if (titled) appositions.push(seg);
          j = k - 1;
        } else if (namesSomebody(seg) && seg.length <= 4 && seg.every((s) => s.cap && !STOP_CAP.has(s.text))) {
          // "..., Amira Haddad, urged": the name set off by commas after a title phrase.
          np = seg;
          npFrom = k + 1;
          break;
        } else break;
        np = leftPhrase(tokens, j, floor);
        npFrom = j - np.length + 1;
        // The phrase before an apposition is the name ("Kaja Kallas, the EU's top diplomat, said").
      }
      if (np.length && namesSomebody(np)) {
        source = np;
        from = npFrom;
        // "The European Union's top diplomat, Kaja Kallas, called for": the title phrase before the name.
        const before = tokens[from - 1];
        if (isComma(before)) {
          let k = from - 2;
          while (k >= 0 && !isBoundary(tokens[k])) k--;
          const seg = tokens.slice(k + 1, from - 1);
          if (seg.length && k < 0 && seg.some((s) => HEADS.has(s.lower)) && isApposition(seg)) appositions.push(seg);
        }
      } else {
        const right = rightPhrase(tokens, verbEnd + 1);
        if (right.length && namesSomebody(right) && (j < 0 || isQuote(tokens[j]) || isComma(tokens[j]) || isBoundary(tokens[j]))) {
          source = right;
          side = 'right';
          verbEnd += right.length;
          // "said Kremlin spokesperson Dmitry Peskov, who also confirmed ...": keep the relative as a cue source.
        } else if (j >= 0 && isWord(tokens[j]) && !namesSomebody(np)) {
          continue;
        } else {
          side = 'inherit';
        }
      }
    }
    cues.push({ verb: t, at: i, lemma, source, side, appositions, from, to: verbEnd });
  }
  return cues;
}

/** Kind of a quotation token given where it sits relative to its cue. */
function quoteKind(tokens: Token[], qi: number, adjacent: boolean): QuoteKind {
  const q = tokens[qi];
  const content = q.text.replace(/^["'“”‘’«»„\s]+/, '');
  const sentenceInitial = qi === 0 || (tokens[qi - 1].kind === 'punct' && tokens[qi - 1].text === ':');
  return (adjacent || sentenceInitial) && /^\p{Lu}/u.test(content) ? 'direct' : 'partial';
}

/** Is this quotation a title or a so-called term rather than speech? */
function isTitleQuote(tokens: Token[], qi: number): boolean {
  const prev = tokens[qi - 1];
  return !!prev && prev.kind === 'word' && TITLE_PREFIXES.has(prev.lower);
}

/** Splits reported content at "and that" / ", that" when a piece of it is quoted, so each piece is judged alone. */
function contentPieces(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let s = from;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].lower === 'that' && (tokens[k - 1].lower === 'and' || isComma(tokens[k - 1]))) {
      const e = tokens[k - 1].lower === 'and' && isComma(tokens[k - 2]) ? k - 2 : k - 1;
      pieces.push([s, e]);
      s = k + 1;
    }
  }
  pieces.push([s, to]);
  return pieces;
}

/** Trims trailing punctuation tokens from a token range end (exclusive). */
function trimEnd(tokens: Token[], from: number, to: number): number {
  while (to > from && tokens[to - 1].kind === 'punct') to--;
  return to;
}

/**
 * Finds the reported speech of one sentence: quotations with their cues, unquoted speech before a
 * trailing "..., she said", and reported clauses after "said that", "called for", "warned against".
 */
export function sentenceCandidates(text: string, sentence: Sentence, tokens: Token[] = tokenize(text, sentence, sentence.quotes)): Candidate[] {
  const cues = findCues(tokens);
  const out: Candidate[] = [];
  const claimed = new Set<number>(); // quote token indexes already attributed
  const claimedTokens = new Uint8Array(tokens.length); // tokens taken as content
  let claimedEnd = 0; // end of the last content range
  const inClaimed = (k: number): boolean => claimedTokens[k] === 1;
  const emit = (from: number, to: number, kind: QuoteKind, cue: Cue | null): void => {
    to = trimEnd(tokens, from, to);
    if (to <= from) return;
    out.push({ start: tokens[from].start, end: tokens[to - 1].end, kind, cue, sentence });
  };
  const emitQuote = (qi: number, kind: QuoteKind, cue: Cue | null): void => {
    if (claimed.has(qi) || isTitleQuote(tokens, qi)) return;
    claimed.add(qi);
    const q = tokens[qi].quote!;
    out.push({ start: q.start, end: q.end, kind, cue, sentence, continued: q.continued });
  };
  /** Emits reported content tokens[from..to): its quotations as partial quotes, else the clause itself. */
  const emitContent = (from: number, to: number, kind: QuoteKind, cue: Cue): void => {
    to = trimEnd(tokens, from, to);
    if (to <= from) return;
    claimedTokens.fill(1, from, to);
    claimedEnd = Math.max(claimedEnd, to);
    const quoteIdx: number[] = [];
    for (let k = from; k < to; k++) if (isQuote(tokens[k])) quoteIdx.push(k);
    if (!quoteIdx.length) {
      if (wordCount(tokens, from, to) >= 3) emit(from, to, kind, cue);
      return;
    }
    for (const [a, b] of contentPieces(tokens, from, to)) {
      const qs = quoteIdx.filter((k) => k >= a && k < b);
      if (!qs.length) {
        if (wordCount(tokens, a, b) >= 4) emit(a, b, 'indirect', cue);
        continue;
      }
      // Reported words before the first quotation, set off by a comma: a clause of their own.
      const q0 = qs[0];
      if (isComma(tokens[q0 - 1]) && wordCount(tokens, a, q0 - 1) >= 5) emit(a, q0 - 1, 'indirect', cue);
      for (const k of qs) emitQuote(k, quoteKind(tokens, k, k === from), cue);
    }
  };

  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci];
    if (inClaimed(cue.at)) continue;
    const prevCue = cues[ci - 1];
    const verbIdx = cue.at;
    // "..., calling for", "... but warned against": the subject of the sentence, or of the cue before.
    if (cue.side === 'inherit' && !cue.source) cue.source = prevCue?.source ?? subjectPhrase(tokens, verbIdx);
    // With a particle taken ("warned against"), what follows is the content, not an object.
    const after = cue.to > verbIdx ? cue.to + 1 : skipRightAdjuncts(tokens, cue.to + 1, cue.lemma);
    // Content after the cue?
    let contentFrom = -1;
    let directAfter = -1;
    const next = tokens[after];
    if (next && next.kind === 'punct' && next.text === ':' && isQuote(tokens[after + 1])) directAfter = after + 1;
    else if (isQuote(next) && cue.side !== 'right') directAfter = after;
    else if (next && next.lower === 'that' && cue.lemma !== 'according') contentFrom = after + 1;
    else if (next && (cue.lemma === 'accuse')) {
      let k = after;
      while (k < tokens.length && tokens[k].lower !== 'of') k++;
      if (k < tokens.length) contentFrom = k + 1;
    } else if (next && next.kind === 'word' && cue.side !== 'right' && cue.lemma !== 'according') {
      const particleTaken = cue.to > verbIdx; // "called for", "warned against"
      const toInfinitive = next.lower === 'to' && (cue.lemma === 'urge' || cue.lemma === 'call' || cue.lemma === 'warn');
      const clause = !BLOCKERS.has(next.lower) && (!WEAK_WITHOUT_THAT.has(cue.lemma) || looksLikeClause(tokens, after));
      if (particleTaken || toInfinitive || clause) contentFrom = after;
    }
    if (contentFrom >= 0 && tokens[contentFrom] && wordCount(tokens, contentFrom, tokens.length) >= 1) {
      const kind: QuoteKind = 'indirect';
      // A quote right before the cue still belongs to it ("“...,” Hegseth said on Thursday, adding ...").
      attachBefore(cue);
      // The content ends where a coordinated verb ("... and warned that") or a new clause with a
      // speaker of its own (", but conservatives warned ...") begins.
      let end = tokens.length;
      for (const c of cues.slice(ci + 1)) {
        if (c.from <= contentFrom) continue;
        const cut = c.side === 'inherit' ? c.from : newClause(tokens, c.from);
        if (cut > contentFrom) { end = cut; break; }
      }
      emitContent(contentFrom, end, kind, cue);
      continue;
    }
    if (next && next.kind === 'punct' && next.text === ':' && after + 1 >= tokens.length) {
      // "He said:" closing a paragraph: the quotation follows in the next one.
      out.push({ start: next.start, end: next.start, kind: 'direct', cue, sentence, introduces: true });
      continue;
    }
    if (directAfter >= 0) {
      attachBefore(cue);
      const lead = tokens[directAfter - 1];
      if (lead && ['after', 'following', 'before', 'despite', 'amid'].includes(lead.lower) && looksLikeClause(tokens, directAfter + 1)) {
        // "said after “a week of talks” progress was made": the quote sits in an adjunct; the
        // reported clause follows it.
        emitQuote(directAfter, 'partial', cue);
        emitContent(directAfter + 1, tokens.length, 'indirect', cue);
        continue;
      }
      emitQuote(directAfter, quoteKind(tokens, directAfter, true), cue);
      continue;
    }
    // No content after: the words come before ("..., she said." / "“...,” he added.").
    const attached = attachBefore(cue);
    // A quotation after the cue continues the speech ("“For me,” he said, “it is clear.”").
    let k = after;
    if (isComma(tokens[k])) k++;
    if (isQuote(tokens[k])) emitQuote(k, quoteKind(tokens, k, true), cue);
    if (!attached && cue.lemma === 'according' && cue.from === 0 && isComma(tokens[after])) {
      emitContent(after + 1, tokens.length, 'indirect', cue);
    } else if (!attached) {
      const gap = cue.from - 1;
      if (isComma(tokens[gap])) {
        const start = claimedEnd;
        const lead = tokens[gap - 1];
        const afterComma = isComma(tokens[after]) ? after + 1 : -1;
        const beforeWords = wordCount(tokens, start, gap);
        if ((lead && RELATIVES.has(lead.lower)) || lead?.lower === 'that' || beforeWords < 3) {
          // "... to which, Mr Zelenskyy said, Ukraine was not invited."
          if (afterComma > 0) emitContent(afterComma, tokens.length, 'unquoted', cue);
        } else {
          let s = start;
          while (s < gap && tokens[s].kind === 'punct') s++;
          // A leading adverbial ("During the talks, the leaders explained ...") is not speech.
          if (opensClause(tokens, s, gap)) emitContent(s, gap, 'unquoted', cue);
        }
      }
    }
  }

  /** Attaches the quotation just before a cue ("“...,” he said") and says whether there was one. */
  function attachBefore(cue: Cue): boolean {
    let k = cue.from - 1;
    if (isComma(tokens[k])) k--;
    if (!isQuote(tokens[k]) || claimed.has(k)) return false;
    emitQuote(k, quoteKind(tokens, k, true), cue);
    return true;
  }

  // Quotations left over: the nearest cue of the sentence, else carried over from the previous speaker.
  tokens.forEach((t, k) => {
    if (!isQuote(t) || claimed.has(k) || isTitleQuote(tokens, k)) return;
    if (inClaimed(k)) return;
    if (cues.length) {
      // Cues are in text order: the nearest is one of the two around the quotation.
      const lo = lowerBound(cues, k, (c) => c.from);
      const around = [cues[lo - 1], cues[lo]].filter((c): c is Cue => !!c);
      const dist = (c: Cue): number => Math.min(Math.abs(c.from - k), Math.abs(c.to - k));
      emitQuote(k, quoteKind(tokens, k, false), around.reduce((a, b) => (dist(b) < dist(a) ? b : a)));
      return;
    }
    const content = text.slice(t.quote!.start, t.quote!.end);
    const words = content.split(/\s+/).filter(Boolean).length;
    const sentenceLike = /^\p{Lu}/u.test(content) && (words >= 4 || /[.!?,]$/.test(content)) && (k === 0 || tokens[k - 1].text === ':');
    if (sentenceLike) {
      claimed.add(k);
      out.push({ start: t.quote!.start, end: t.quote!.end, kind: 'direct', cue: null, sentence, continued: t.quote!.continued, carried: true });
    }
  });
  // Two cues may reach the same words; each stretch of text is reported once.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let end = -1;
  return out.filter((c) => {
    if (c.introduces) return true;
    if (c.start < end) return false;
    end = c.end;
    return true;
  });
}

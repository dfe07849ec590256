import type { Token } from '../1-segment/tokens';
import type { Entity } from '../3-speakers/registry';
import type { Placed } from '../paragraph';
import type { Stance } from '../types';
import { escapeRegExp, normalise } from './lexicon';
import lexicon from './stance.lexicon.json';

/** Stance weights of a framing word or phrase. */
export type Weighted = Partial<Record<Stance, number>>;

/** A framing phrase in the writer's own words ("reacted cautiously"). */
export interface Framing {
  text: string;
  weights: Weighted;
}

/** The writer's framing of a speaker, noted where the text gives it. */
export interface FramingNote extends Framing {
  paragraph: number;
  sentence: number;
  /** Index of the sentence in the whole document. */
  docSentence: number;
}

const FRAMING_PHRASES = lexicon.framingPhrases as Record<string, Weighted>;

let framingRe: RegExp | null = null;

/** Framing phrases in a sentence's own words, outside its quotations; one pass, one regex. */
export function framingIn(tokens: Token[]): Framing[] {
  const words = tokens.filter((t) => t.kind !== 'quote').map((t) => t.text).join(' ');
  framingRe ??= new RegExp(`(?<![\\p{L}])(?:${Object.keys(FRAMING_PHRASES).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
  const out: Framing[] = [];
  const s = normalise(words);
  framingRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = framingRe.exec(s))) {
    // ("Brink rejected the charge", "dismissed the criticism": one who answers a charge defends
    // themselves; that says nothing against the talks.)
    if (ANSWERS_CHARGE.has(m[0]) && CHARGE_AFTER.test(s.slice(m.index + m[0].length))) continue;
    out.push({ text: words.slice(m.index, m.index + m[0].length), weights: FRAMING_PHRASES[m[0]] });
  }
  return out;
}

/** Framing verbs that, before a charge, answer it ("rejected the accusation"). */
const ANSWERS_CHARGE: ReadonlySet<string> = new Set(['rejected', 'dismissed']);
/** A charge, criticism or claim right after such a verb ("the charge", "any suggestion", "claims that"). */
const CHARGE_AFTER = /^\s+(?:(?:the|this|that|these|those|such|any|an|all)\s+)?(?:charges?|accusations?|criticisms?|criticism|allegations?|claims?|suggestions?|assertions?|notion|idea|reports?|speculation|rumou?rs?)\b/u;

/** The writer's framing notes of each speaker (by entity id), from sentences about that speaker. */
export function framingNotes(placed: Placed[], subjects: Array<Entity | null>): Map<number, FramingNote[]> {
  const notes = new Map<number, FramingNote[]>();
  let docSentence = 0;
  placed.forEach((p, paragraph) => {
    p.work.sentences.forEach((sw, sentence) => {
      const subject = subjects[docSentence];
      if (sw.framings.length && subject) {
        const list = notes.get(subject.id) ?? [];
        for (const f of sw.framings) list.push({ paragraph, sentence, docSentence, ...f });
        notes.set(subject.id, list);
      }
      docSentence++;
    });
  });
  return notes;
}

import { closingMarkFor } from './1-segment/marks';
import { DESCRIPTIVE_MODIFIERS, NATIONALITIES } from './3-speakers/speakerWords';
import { DETERMINERS, GENERIC_TITLE_HEADS } from './words/words';
import { type Analysis, type Mention, type QuoteFinding, type Speaker, type Span } from './types';

/** The attribution checks, by code. */
export const CHECK_CODES = ['unattributed-quote', 'unbalanced-quote', 'surname-first', 'role-conflict', 'ambiguous-pronoun', 'inferred-speaker'] as const;
/** One of the check codes. */
export type CheckCode = (typeof CHECK_CODES)[number];
/** How serious a problem is; 'off' disables a check. */
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** Severities used when the user sets none. */
export const DEFAULT_SEVERITIES: Record<CheckCode, Severity> = {
  'unattributed-quote': 'warning',
  'unbalanced-quote': 'error',
  'surname-first': 'warning',
  'role-conflict': 'warning',
  'ambiguous-pronoun': 'information',
  'inferred-speaker': 'information',
};

/** A text edit that fixes a problem; offsets into the analysed text. */
export interface Fix extends Span {
  title: string;
  newText: string;
}

/** An attribution problem in a draft. */
export interface Problem extends Span {
  code: CheckCode;
  severity: Exclude<Severity, 'off'>;
  message: string;
  fixes: Fix[];
}

const words = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** The last word of a name ("Okonjo" of "Adaeze Okonjo"). */
const lastName = (name: string): string => name.split(/\s+/).pop()!;
const subset = (a: string[], b: string[]): boolean => a.every((w) => b.includes(w));


/**
 * Do two roles describe one post? Yes when one's words are all in the other ("President",
 * "Ukrainian President"), or when one is a description ("the Ukrainian leader", "the union chief")
 * whose other words are nationalities or words of the other role.
 */
function sameRole(a: string[], b: string[]): boolean {
  if (subset(a, b) || subset(b, a)) return true;
  const describes = (x: string[], y: string[]): boolean => GENERIC_TITLE_HEADS.has(x[x.length - 1] ?? '')
    && x.slice(0, -1).every((w) => y.includes(w) || NATIONALITIES.has(w) || DETERMINERS.has(w) || DESCRIPTIVE_MODIFIERS.has(w));
  return describes(a, b) || describes(b, a);
}

/** Roles that cannot both be true of one person ("Deputy Mayor" and "Transport chief"). */
function conflictingRoles(sp: Speaker): [string, string] | null {
  const roles = sp.roles.map(words);
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) if (!sameRole(roles[i], roles[j])) return [sp.roles[i], sp.roles[j]];
  }
  return null;
}

/** For a quote whose speaker is inferred: the speaker's latest mention before it, which it was carried from. */
export function inferredFrom(a: Analysis, q: QuoteFinding): Mention | null {
  const sp = a.speakers.find((s) => s.name === q.speaker);
  let best: Mention | null = null;
  for (const m of sp?.mentions ?? []) if (m.start < q.start && (!best || m.start > best.start)) best = m;
  return best;
}

/** Runs the attribution checks over an analysis. Problems come in text order. */
export function checkAnalysis(a: Analysis, severities: Partial<Record<CheckCode, Severity>> = {}): Problem[] {
  const level = (code: CheckCode): Severity => severities[code] ?? DEFAULT_SEVERITIES[code];
  const out: Problem[] = [];
  const seen = new Set<string>();
  const add = (code: CheckCode, span: Span, message: string, fixes: Fix[] = []): void => {
    const severity = level(code);
    const key = `${code}:${span.start}`;
    if (severity === 'off' || seen.has(key)) return; // two quotes can share one mention
    seen.add(key);
    out.push({ code, severity, start: span.start, end: span.end, message, fixes });
  };

  for (const u of a.unattributed) add('unattributed-quote', u, 'This quotation has no attributable speaker: say who said it.');
  for (const q of a.quotes) {
    if (q.speaker) continue;
    if (q.mention?.type === 'pronoun') {
      add('unattributed-quote', q.mention, `“${q.mention.text}” has no possible referent: nobody named before it can be “${q.mention.text}”. Say who said it.`);
    } else add('unattributed-quote', q, 'This quotation has no attributable speaker: say who said it.');
  }

  for (const u of a.unclosed) {
    const close = closingMarkFor(u.mark);
    add('unbalanced-quote', { start: u.start, end: u.start + 1 },
      `This opening quotation mark is never closed, and the next paragraph does not continue the quote.`,
      [{ title: `Close the quotation at the end of the paragraph (${close})`, start: u.end, end: u.end, newText: close }]);
  }

  for (const sp of a.speakers) {
    if (sp.kind !== 'person' || !sp.mentions.length) continue;
    const first = sp.mentions.reduce((x, y) => (y.start < x.start ? y : x));
    const full = sp.name.split(/\s+/).length >= 2;
    const introducedBefore = sp.introducedAt !== null;
    // The first short reference (the bare last name anywhere before the full name, or a short first mention).
    const early = full && sp.surnameAt !== null ? { start: sp.surnameAt, end: sp.surnameAt + lastName(sp.name).length, text: lastName(sp.name) }
      : first.type === 'name' && full && !first.text.includes(sp.name) && !introducedBefore ? first : null;
    if (early) {
      const intro = sp.role ? `${sp.role} ${sp.name}` : sp.name;
      add('surname-first', early, `First reference to ${sp.name} is “${early.text}”: introduce them by full name${sp.role ? ' and role' : ''} first.`,
        [{ title: `Introduce as “${intro}”`, start: early.start, end: early.end, newText: intro }]);
    } else if (first.type === 'pronoun' && !introducedBefore && sp.surnameAt === null && !sp.mentions.some((m) => m.start < first.start)) {
      add('surname-first', first, `“${first.text}” refers to ${sp.name} before the text names them.`);
    }
    const conflict = conflictingRoles(sp);
    const second = conflict && sp.mentions.find((m) => m.text.includes(conflict[1]));
    if (conflict) add('role-conflict', second || first, `${sp.name} is given two different roles: “${conflict[0]}” and “${conflict[1]}”.`);
  }

  for (const q of a.quotes) {
    if (!q.alternatives?.length || !q.mention || !q.speaker) continue;
    add('ambiguous-pronoun', q.mention, `“${q.mention.text}” could mean ${q.speaker} or ${q.alternatives.join(' or ')}.`,
      [q.speaker, ...q.alternatives].map((n) => ({ title: `Replace “${q.mention!.text}” with “${lastName(n)}”`, start: q.mention!.start, end: q.mention!.end, newText: lastName(n) })));
  }
  for (const q of a.quotes) {
    if (!q.inferred || !q.speaker) continue;
    const from = inferredFrom(a, q);
    add('inferred-speaker', q, `Nothing in this paragraph says who speaks: the words are taken to be ${q.speaker}’s${from ? `, carried over from “${from.text}”` : ''}.`);
  }
  return out.sort((x, y) => x.start - y.start || x.code.localeCompare(y.code));
}

import type { Roster, RosterPerson, Stance } from './types';

/** Roster files larger than this are refused: it is a list of people, not a database. */
export const MAX_ROSTER_BYTES = 256 * 1024;

/** A problem with a roster file, at a character offset when one is known. */
export interface RosterError {
  message: string;
  offset: number;
}

const STANCE_VALUES = ['supportive', 'critical', 'cautious', 'neutral'];
const PERSON_KEYS = new Set(['name', 'aliases', 'role', 'organisation', 'stance']);

const isStrings = (v: unknown, max: number): v is string[] => Array.isArray(v) && v.length <= max && v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 200);

/**
 * Parses and validates a roster (the `.stancelens.json` schema). Returns what is usable and the
 * errors: a broken file gives an empty roster and errors, never an exception.
 */
export function parseRoster(text: string): { roster: Roster; errors: RosterError[] } {
  const errors: RosterError[] = [];
  if (text.length > MAX_ROSTER_BYTES) return { roster: {}, errors: [{ message: `The roster is larger than ${MAX_ROSTER_BYTES / 1024} KB and was ignored.`, offset: 0 }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    return { roster: {}, errors: [{ message: `The roster is not valid JSON: ${(e as Error).message}`, offset: m ? Number(m[1]) : 0 }] };
  }
  const at = (needle: string): number => Math.max(0, text.indexOf(needle));
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { roster: {}, errors: [{ message: 'The roster must be a JSON object with "people" and/or "cues".', offset: 0 }] };
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!['$schema', 'people', 'cues'].includes(key)) errors.push({ message: `Unknown property "${key}".`, offset: at(`"${key}"`) });
  const roster: Roster = {};
  if (obj.people !== undefined) {
    if (!Array.isArray(obj.people)) errors.push({ message: '"people" must be an array.', offset: at('"people"') });
    else {
      roster.people = [];
      obj.people.forEach((p, i) => {
        const where = typeof p === 'object' && p && typeof (p as RosterPerson).name === 'string' ? at(JSON.stringify((p as RosterPerson).name)) : at('"people"');
        if (!p || typeof p !== 'object' || Array.isArray(p)) return errors.push({ message: `people[${i}] must be an object.`, offset: where });
        const r = p as Record<string, unknown>;
        const bad = Object.keys(r).find((k) => !PERSON_KEYS.has(k));
        if (bad) return errors.push({ message: `people[${i}] has an unknown property "${bad}".`, offset: at(`"${bad}"`) });
        if (typeof r.name !== 'string' || !r.name.trim() || r.name.length > 200) return errors.push({ message: `people[${i}] needs a "name" string.`, offset: where });
        if (r.aliases !== undefined && !isStrings(r.aliases, 50)) return errors.push({ message: `people[${i}].aliases must be a list of names.`, offset: where });
        for (const k of ['role', 'organisation'] as const) if (r[k] !== undefined && (typeof r[k] !== 'string' || (r[k] as string).length > 200)) return errors.push({ message: `people[${i}].${k} must be a string.`, offset: where });
        if (r.stance !== undefined && !STANCE_VALUES.includes(r.stance as string)) return errors.push({ message: `people[${i}].stance must be one of ${STANCE_VALUES.join(', ')}.`, offset: where });
        roster.people!.push({ name: r.name.trim(), aliases: r.aliases as string[] | undefined, role: r.role as string | undefined, organisation: r.organisation as string | undefined, stance: r.stance as Stance | undefined });
      });
    }
  }
  if (obj.cues !== undefined) {
    if (!obj.cues || typeof obj.cues !== 'object' || Array.isArray(obj.cues)) errors.push({ message: '"cues" must be an object of word lists.', offset: at('"cues"') });
    else {
      roster.cues = {};
      for (const [k, v] of Object.entries(obj.cues as Record<string, unknown>)) {
        if (!['supportive', 'critical', 'cautious'].includes(k)) errors.push({ message: `Unknown stance "${k}" in "cues".`, offset: at(`"${k}"`) });
        else if (!isStrings(v, 1000)) errors.push({ message: `cues.${k} must be a list of words.`, offset: at(`"${k}"`) });
        else roster.cues[k as Stance] = v;
      }
    }
  }
  return { roster, errors };
}

import type { Roster, RosterPerson, Stance } from '../types';
import { Registry, type Entity } from './registry';

/** How an entity is shown: its name, roles and any stance override, after the roster. */
export interface ShownSpeaker {
  name: string;
  role: string | null;
  roles: string[];
  /** The roster's stance override for this person. */
  stance?: Stance;
}

/** Shows entities as the text names them, or as the roster declares them when it knows them. */
export function speakerDisplay(roster: Roster | undefined): (e: Entity) => ShownSpeaker {
  const known = new Map<string, RosterPerson>();
  for (const person of roster?.people ?? []) {
    for (const n of [person.name, ...(person.aliases ?? [])]) known.set(n.toLowerCase(), person);
  }
  const memo = new Map<Entity, ShownSpeaker>();
  return (e) => {
    let shown = memo.get(e);
    if (shown) return shown;
    const name = e.name.toLowerCase();
    const person = known.get(name) ?? (e.kind === 'person' ? [...known.entries()].find(([n]) => n.split(/\s+/).pop() === e.key)?.[1] : undefined);
    const roles = [...e.roles];
    if (person?.role && !roles.includes(person.role)) roles.push(person.role);
    shown = { name: person?.name ?? e.name, role: Registry.role(e) ?? person?.role ?? null, roles, ...(person?.stance ? { stance: person.stance } : {}) };
    memo.set(e, shown);
    return shown;
  };
}

import type { Actor } from '../../utils/core/types';

/** The actors a reader must see, and those it is fine to list; each group holds one actor's names. */
export interface ActorTruth {
  required: string[][];
  optional: string[][];
}

export interface ActorScore {
  /** Listed actors that are right and not a second entry for an actor already listed. */
  precision: number;
  /** Required actors found. */
  recall: number;
  /** Listed actors that match no group, or repeat one (an alias not merged). */
  wrong: string[];
  /** Required actors not listed. */
  missed: string[];
}

/** How many actors count: what the popup shows first and what the seed's target names. */
export const SCORED_ACTORS = 12;

const normal = (name: string) => name.toLowerCase().replace(/[’']/g, "'").replace(/\./g, '');

/** The group an actor belongs to: its name or one of its aliases is one of the group's names. */
function groupOf(actor: Actor, groups: string[][]): number {
  const names = [actor.name, ...actor.aliases].map(normal);
  return groups.findIndex((group) => group.some((g) => names.includes(normal(g))));
}

/** Scores the first `SCORED_ACTORS` actors against hand-made truth. */
export function scoreActors(actors: Actor[], truth: ActorTruth): ActorScore {
  const groups = [...truth.required, ...truth.optional];
  const listed = actors.slice(0, SCORED_ACTORS);
  const seen = new Set<number>();
  const wrong: string[] = [];
  for (const actor of listed) {
    const group = groupOf(actor, groups);
    if (group < 0 || seen.has(group)) wrong.push(actor.name);
    else seen.add(group);
  }
  const missed = truth.required.filter((_, i) => !seen.has(i)).map((group) => group[0]);
  return {
    precision: listed.length ? (listed.length - wrong.length) / listed.length : 0,
    recall: truth.required.length ? (truth.required.length - missed.length) / truth.required.length : 1,
    wrong,
    missed,
  };
}

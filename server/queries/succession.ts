import { SUCCESSION_TYPES } from "#model/vocabulary.ts";
import type { ApiContext } from "../context.ts";
import { NotFoundError } from "../errors/ApiError.ts";
import type { Succession } from "../graph/explorerTypes.generated.ts";
import { toGraphNode } from "../graph/shape.ts";
import { readQuery } from "../neo4j/readQuery.ts";
import { type SuccessionRow, successionQuery } from "../translate/succession.ts";

/**
 * The most succession steps read per node: the seed's longest line has one step each way; the
 * cap keeps an imported graph's answer (and the query cost, limits/listSizes.ts) bounded.
 */
export const MAX_SUCCESSION_STEPS = 10;

const NONE: Succession = { succeededBy: [], precededBy: [] };

function toSuccession(row: SuccessionRow | undefined): Succession {
  if (!row) return NONE;
  const steps = row.steps.map((step) => ({
    later: step.later,
    step: { type: step.type, validFrom: step.validFrom, node: toGraphNode(step.node) },
  }));
  return {
    succeededBy: steps.filter((s) => s.later).map((s) => s.step),
    precededBy: steps.filter((s) => !s.later).map((s) => s.step),
  };
}

/** The succession of each of `ids` (one query for them all); an unknown id maps to none. */
export async function successionsOf(
  context: ApiContext,
  ids: readonly string[],
): Promise<ReadonlyMap<string, Succession>> {
  if (ids.length === 0) return new Map();
  const rows = await readQuery(context, successionQuery, {
    ids,
    successionTypes: SUCCESSION_TYPES,
    steps: MAX_SUCCESSION_STEPS,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return new Map(ids.map((id) => [id, toSuccession(byId.get(id))]));
}

/** One node's succession by id, whatever the day; NOT_FOUND for an unknown id. */
export async function succession(context: ApiContext, id: string): Promise<Succession> {
  const rows = await readQuery(context, successionQuery, {
    ids: [id],
    successionTypes: SUCCESSION_TYPES,
    steps: MAX_SUCCESSION_STEPS,
  });
  const [row] = rows;
  if (!row) throw new NotFoundError(id, "node");
  return toSuccession(row);
}

/**
 * How many of the execution gate's units (executionGate.ts) an operation takes, from what it can
 * build in memory. An introspection walks the whole generated schema (about 5,000 types, 43 MiB
 * of heap measured) and takes `HEAVY`, as much as the costliest read; any other operation takes a
 * unit per `COST_PER_UNIT` of its cost (queryCost.ts: what its answer can hold, multiplied along
 * nested lists), at least one and at most `HEAVY`. A node, a search or a trace costs under 1,000
 * and takes one unit; thirty aliases of every entity cost 300,000 and take `HEAVY`.
 */
import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

export const HEAVY = 32;
const COST_PER_UNIT = 1_000;

/** Whether the operation asks for the schema itself (`__schema` or `__type` at its root). */
export function introspects(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  for (let set = pending.pop(); set !== undefined; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "__schema" || selection.name.value === "__type") return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return false;
}

export function operationWeight(cost: number, asksForSchema: boolean): number {
  if (asksForSchema) return HEAVY;
  return Math.min(HEAVY, Math.max(1, Math.ceil(cost / COST_PER_UNIT)));
}

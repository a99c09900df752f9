/**
 * A validation rule for a selection @neo4j/graphql cannot answer: an object inside a generated
 * aggregate (`aggregate { node { … } }`, `name { … }`) asked for nothing but `__typename`. The
 * library then builds no aggregation at all and returns `{aggregate: {}}`, and graphql-js fails on
 * the missing non-null field: an internal error for what is the query's own mistake (found by the
 * schema fuzzer). It is refused as invalid, naming the field, before anything runs.
 */
import { type FieldNode, GraphQLError, Kind, type ValidationContext, type ValidationRule } from "graphql";

/** True when the selection asks for no field but `__typename` (fragments followed one level). */
function onlyTypename(node: FieldNode, context: ValidationContext): boolean {
  const pending = [...(node.selectionSet?.selections ?? [])];
  for (let selection = pending.pop(); selection !== undefined; selection = pending.pop()) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== "__typename") return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      pending.push(...selection.selectionSet.selections);
    } else {
      const fragment = context.getFragment(selection.name.value);
      if (fragment) pending.push(...fragment.selectionSet.selections);
    }
  }
  return true;
}

export const AggregateSelectsAFieldRule: ValidationRule = (context) => ({
  Field(node) {
    const parent = context.getParentType();
    if (!parent || !node.selectionSet) return;
    if (!parent.name.includes("Aggregate")) return;
    if (!onlyTypename(node, context)) return;
    context.reportError(
      new GraphQLError(
        `Select at least one field of ${parent.name}.${node.name.value} besides __typename: an aggregation of nothing has no answer`,
        { nodes: node },
      ),
    );
  },
});

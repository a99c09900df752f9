/**
 * A validation rule for a selection @neo4j/graphql answers wrongly: one field of a generated
 * connection or aggregate (`edges`, `pageInfo`, `aggregate`, `count`, `node`) asked for twice under
 * two aliases (`a: count { nodes } b: count { nodes }`). The library builds one projection per
 * field name, so the second alias comes back null and graphql-js fails on the non-null field: an
 * INTERNAL_SERVER_ERROR for what is the query's own mistake (found by the schema fuzzer). It is
 * refused as invalid, naming the field, before anything runs.
 */
import { GraphQLError, type SelectionSetNode, type ValidationRule } from "graphql";

/** The generated wrapper types: `…Connection` (relationship and root) and `…Aggregate`. */
const isWrapperType = (name: string) => name.endsWith("Connection") || name.endsWith("Aggregate");

export const ConnectionFieldOnceRule: ValidationRule = (context) => ({
  SelectionSet(node: SelectionSetNode) {
    const parent = context.getParentType();
    if (!parent || !isWrapperType(parent.name)) return;
    const aliasesOf = new Map<string, Set<string>>();
    for (const selection of node.selections) {
      if (selection.kind !== "Field" || !selection.selectionSet) continue;
      const name = selection.name.value;
      const aliases = aliasesOf.get(name) ?? new Set<string>();
      aliases.add(selection.alias?.value ?? name);
      aliasesOf.set(name, aliases);
      if (aliases.size === 2) {
        context.reportError(
          new GraphQLError(
            `Select ${parent.name}.${name} once: the API cannot answer it under two aliases (${[...aliases].join(", ")}); ask for every subfield in one selection`,
            { nodes: selection },
          ),
        );
      }
    }
  },
});

/**
 * The cost of an operation: how many fields its answer can hold at most. Every field counts once
 * per object it is asked of, and the objects under a list count once per item the list can return
 * (listSizes.ts), so cost multiplies along nested lists: `objectives { outcomeOfIncoming { id } }`
 * costs 1 + 100 × (1 + 100 × 1). A cost that counted fields alone let a 200-byte query of eleven
 * nested relationship lists through, whose answer took the process's heap.
 *
 * Arguments are read with the request's variables, and `@skip`/`@include` are honoured, so the
 * cost is that of what will run. Fragments are costed once each and multiplied where they are
 * spread, and the count stops as soon as it passes the limit: a document of fragments spread twice
 * at every level costs milliseconds to refuse, not the 2^n walk its expansion would be.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { UnreachableCaseError } from "#platform/UnreachableCaseError.ts";
import type { ListSizes } from "./listSizes.ts";

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The operation's variables, coerced. */
  readonly variables: Readonly<Record<string, unknown>>;
  readonly sizes: ListSizes;
  /** Counting stops once the cost passes this (the result is then some value above it). */
  readonly stopAbove: number;
}

/** The fields of an object or interface type by name; a union has none but `__typename`. */
function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

export function operationCost(input: CostInput): number {
  const { schema, variables, sizes, stopAbove } = input;
  /**
   * Cost of one instance of a fragment, by name and page size: a fragment's cost depends on
   * nothing else, wherever it is spread.
   */
  const fragmentCosts = new Map<string, number>();
  /** Fragments being costed: validation forbids cycles, this only guards against a missed one. */
  const inProgress = new Set<string>();

  function included(node: { readonly directives?: readonly unknown[] }): boolean {
    if (!node.directives || node.directives.length === 0) return true;
    const selection = node as FieldNode;
    try {
      if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) return false;
    } catch {
      // A directive whose argument does not coerce: execution reports it; count the field.
    }
    return true;
  }

  function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      // Arguments that do not coerce never run: execution reports them. Count the defaults.
      return {};
    }
  }

  /** Cost of one instance of `type` asked for `selectionSet`; `page` is a connection's page size. */
  function selectionCost(
    type: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    page: number | undefined,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (cost > stopAbove) return cost;
      if (!included(selection)) continue;
      switch (selection.kind) {
        case Kind.FIELD: {
          cost += 1;
          const field = fieldOf(type, selection.name.value);
          if (!field || !selection.selectionSet) break;
          const args = argumentsOf(field, selection);
          const items = sizes.itemsOf(type, field, args, page);
          const target = getNamedType(field.type);
          if (!isCompositeType(target)) break;
          const childPage = sizes.pageOf(field, args);
          cost += items * selectionCost(target, selection.selectionSet, childPage);
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
          cost += selectionCost(isCompositeType(condition) ? condition : type, selection.selectionSet, page);
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const key = `${name}@${page ?? ""}`;
          let unit = fragmentCosts.get(key);
          if (unit === undefined) {
            const fragment = input.fragments.get(name);
            if (!fragment || inProgress.has(name)) break;
            const condition = schema.getType(fragment.typeCondition.name.value);
            inProgress.add(name);
            unit = selectionCost(isCompositeType(condition) ? condition : type, fragment.selectionSet, page);
            inProgress.delete(name);
            fragmentCosts.set(key, unit);
          }
          cost += unit;
          break;
        }
        default:
          throw new UnreachableCaseError(selection);
      }
    }
    return cost;
  }

  const root =
    input.operation.operation === "mutation"
      ? schema.getMutationType()
      : input.operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? selectionCost(root, input.operation.selectionSet, undefined) : 0;
}

/**
 * `__typename` for every object a query returns, as GraphQL clients add it (Apollo Client's
 * addTypename): the result graph needs each object's type to draw it, and a user should not have
 * to know that. The answer shown is pruned back to what the user asked, so the JSON stays theirs.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  print,
  type SelectionSetNode,
  visit,
} from "graphql";

const TYPENAME = "__typename";

const TYPENAME_FIELD: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: TYPENAME } };

const responseKey = (field: FieldNode): string => field.alias?.value ?? field.name.value;

/**
 * Adds `__typename` to every selection set below the operation's root (the root type's name is no
 * object's type), unless one already answers under that key. Pure: returns a new document.
 */
export function addTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      enter(node, _key, parent) {
        if (parent && "kind" in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
        const has = node.selections.some(
          (selection) => selection.kind === Kind.FIELD && responseKey(selection) === TYPENAME,
        );
        return has ? undefined : { ...node, selections: [...node.selections, TYPENAME_FIELD] };
      },
    },
  });
}

/** What to send for a query text: with `__typename` added, and the parsed original to prune the answer by. */
export function prepareQuery(
  text: string,
): { readonly sent: string; readonly original: DocumentNode } | null {
  let original: DocumentNode;
  try {
    original = parse(text);
  } catch {
    return null; // The server says what does not parse, in its own words.
  }
  return { sent: print(addTypename(original)), original };
}

/**
 * The response keys a set of selection sets asks for, each with the selection sets below it.
 * Fragments are followed whatever their type condition: without the schema it cannot be told
 * whether an interface condition matches, and keeping a `__typename` the user asked for in some
 * fragment is the harmless side to err on.
 */
function collect(
  sets: readonly SelectionSetNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): Map<string, SelectionSetNode[]> {
  const keys = new Map<string, SelectionSetNode[]>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = keys.get(responseKey(selection)) ?? [];
        if (selection.selectionSet) below.push(selection.selectionSet);
        keys.set(responseKey(selection), below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          seen.add(name);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  for (const set of sets) walk(set);
  return keys;
}

/** The answer's data without the `__typename` fields `addTypename` put there and the user did not ask for. */
export function stripAddedTypename(data: unknown, original: DocumentNode): unknown {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: SelectionSetNode[] = [];
  for (const definition of original.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition.selectionSet);
  }
  const prune = (value: unknown, sets: readonly SelectionSetNode[]): unknown => {
    if (Array.isArray(value)) return value.map((item) => prune(item, sets));
    if (typeof value !== "object" || value === null || sets.length === 0) return value;
    const keys = collect(sets, fragments);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === TYPENAME && !keys.has(TYPENAME)) continue;
      out[key] = prune(child, keys.get(key) ?? []);
    }
    return out;
  };
  return prune(data, operations);
}

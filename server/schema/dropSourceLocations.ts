/**
 * Frees the parser's token lists that the built schema keeps for nothing.
 *
 * @neo4j/graphql prints its augmented schema to SDL (about 3,000 definitions) and parses it back;
 * every AST node the schema keeps as `astNode` then holds a `loc`, each `loc` holds the first and
 * last token, and tokens are a doubly linked list over the whole document, so one `loc` left
 * anywhere keeps every token (about 350,000 objects, 50 MiB of heap per process). Nothing reads
 * `loc` after the build: it only serves parse-time error messages. Deleting it from every node
 * reachable from the schema is not enough, because @neo4j/graphql also keeps the parsed document
 * itself in a closure we cannot reach; so the token list is also cut into single tokens (the
 * lexer that linked them is long done), and a `loc` left in that closure then holds two tokens,
 * not the whole document.
 */
import type { GraphQLSchema } from "graphql";

interface LinkedToken {
  prev: LinkedToken | null;
  next: LinkedToken | null;
}

function isLinkedToken(value: unknown): value is LinkedToken {
  return typeof value === "object" && value !== null && "prev" in value && "next" in value;
}

/** Unlinks every token of the document `token` belongs to. */
function cutTokenList(token: LinkedToken): void {
  let head = token;
  while (head.prev) head = head.prev;
  for (let current: LinkedToken | null = head; current; ) {
    const next: LinkedToken | null = current.next;
    current.prev = null;
    current.next = null;
    current = next;
  }
}

function dropLocations(node: unknown, seen: Set<object>, sources: Set<unknown>): void {
  if (typeof node !== "object" || node === null || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) dropLocations(item, seen, sources);
    return;
  }
  const record = node as Record<string, unknown>;
  // Only AST nodes (they have a string `kind`): never walk into schema objects or resolvers.
  if (typeof record.kind !== "string") return;
  const loc = record.loc;
  if (typeof loc === "object" && loc !== null) {
    // One cut per parsed document: its tokens all share the document's Source.
    const { source, startToken } = loc as { source?: unknown; startToken?: unknown };
    if (!sources.has(source) && isLinkedToken(startToken)) {
      sources.add(source);
      cutTokenList(startToken);
    }
    delete record.loc;
  }
  for (const value of Object.values(record)) dropLocations(value, seen, sources);
}

export function dropSourceLocations(schema: GraphQLSchema): GraphQLSchema {
  const seen = new Set<object>();
  const sources = new Set<unknown>();
  const visit = (owner: { astNode?: unknown; extensionASTNodes?: unknown }) => {
    dropLocations(owner.astNode, seen, sources);
    dropLocations(owner.extensionASTNodes, seen, sources);
  };
  visit(schema);
  for (const directive of schema.getDirectives()) {
    visit(directive);
    for (const arg of directive.args) visit(arg);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    visit(type);
    if ("getFields" in type) {
      for (const field of Object.values(type.getFields())) {
        visit(field);
        if ("args" in field) for (const arg of field.args) visit(arg);
      }
    }
    if ("getValues" in type) for (const value of type.getValues()) visit(value);
  }
  return schema;
}

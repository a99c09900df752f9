/**
 * Apollo's store of parsed and validated documents, bounded by the heap its documents hold.
 *
 * Apollo's default store keeps 30 MiB of documents as measured by JSON.stringify, which sees a
 * node's location as `{start, end}`; but every location holds the parser's first and last token,
 * and tokens are a linked list over the whole document, so each stored document kept all of its
 * tokens alive: 111 distinct 2,600-token queries took about 60 MiB the measure never saw, and the
 * heap ran out. Here a document is stored without its token list (a location keeps its offsets
 * and source, so error messages still point into the query) and costed by its nodes and source,
 * against a budget in bytes.
 */
import type { ApolloServerOptions } from "@apollo/server";
import type { DocumentNode } from "graphql";
import type { ApiContext } from "../context.ts";

type DocumentStore = NonNullable<ApolloServerOptions<ApiContext>["documentStore"]>;

/**
 * Heap one AST node holds once its tokens are gone (the node and its location): measured with
 * `process.memoryUsage()` over 50 parsed copies of a 22 KB query, 1.49 MB each for ~6,800 nodes.
 * (With its tokens the same document held 2.2 MB; parsed without locations, 0.76 MB.)
 */
const BYTES_PER_NODE = 220;

interface Slimmed {
  readonly bytes: number;
}

/**
 * Unlinks the document's tokens from its locations and returns the heap it then holds (its nodes
 * and its source text). Safe on a document in use: nothing after validation reads tokens.
 */
export function slimDocument(document: DocumentNode): Slimmed {
  let nodes = 0;
  let sourceLength = 0;
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    const node = value as Record<string, unknown>;
    if (typeof node.kind !== "string") continue;
    nodes += 1;
    const loc = node.loc as
      | { startToken?: unknown; endToken?: unknown; source?: { body?: string } }
      | undefined;
    if (loc) {
      sourceLength = Math.max(sourceLength, loc.source?.body?.length ?? 0);
      loc.startToken = null;
      loc.endToken = null;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "loc" && typeof child === "object" && child !== null) pending.push(child);
    }
  }
  // The source text is a V8 string: one byte a character when it is Latin-1, two otherwise.
  return { bytes: nodes * BYTES_PER_NODE + 2 * sourceLength };
}

/** A least-recently-used document store holding at most `maxBytes` of documents. */
export function boundedDocumentStore(maxBytes: number): DocumentStore & { readonly bytes: () => number } {
  const entries = new Map<string, { document: DocumentNode; bytes: number }>();
  let total = 0;
  return {
    bytes: () => total,
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.document;
    },
    async set(key, document) {
      const { bytes } = slimDocument(document);
      const old = entries.get(key);
      if (old) {
        total -= old.bytes;
        entries.delete(key);
      }
      if (bytes > maxBytes) return;
      entries.set(key, { document, bytes });
      total += bytes;
      for (const [oldestKey, oldest] of entries) {
        if (total <= maxBytes) break;
        entries.delete(oldestKey);
        total -= oldest.bytes;
      }
    },
    async delete(key) {
      const old = entries.get(key);
      if (old) total -= old.bytes;
      return entries.delete(key);
    },
  };
}

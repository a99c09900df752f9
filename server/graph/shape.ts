/**
 * The one graph shape every custom query answers in (GraphNode / GraphEdge / Subgraph), and the
 * mapping from what the Cypher in cypher/queries returns to it.
 */
import { decodeSources } from "#model/sourceCodec.ts";
import {
  EDGE_FIELD_PROPERTIES,
  INTERNAL_PROPERTIES,
  NODE_FIELD_PROPERTIES,
} from "#model/storedProperties.ts";
import type { GraphEdge, GraphNode, SourceRef, Subgraph } from "./explorerTypes.generated.ts";

/**
 * The shapes are the types graphql-codegen generates from explorer.graphql (one contract, no
 * hand-written copy): a field renamed in the SDL fails the typecheck in the mappings below, and
 * the codec's decoded sources are checked against the API's SourceRef where they are assigned.
 */
export type { GraphEdge, GraphNode, SourceRef, Subgraph };

/** What the Cypher projections `n {.*, type: …}` and `{id, type, source, target, props}` give. */
export type RawNode = Record<string, unknown> & { id: string; type: string };
export interface RawEdge {
  readonly id: string | null;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly props: Record<string, unknown>;
}

/** Properties with a field of their own, or internal: not part of the free-form `properties`. */
const INTERNAL_NODE_KEYS = new Set<string>(INTERNAL_PROPERTIES);
const NODE_KEYS = new Set<string>([...NODE_FIELD_PROPERTIES, "type"]);
const EDGE_KEYS = new Set<string>([...EDGE_FIELD_PROPERTIES, ...INTERNAL_PROPERTIES]);

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

export function toGraphNode(raw: RawNode): GraphNode {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!NODE_KEYS.has(key) && !INTERNAL_NODE_KEYS.has(key)) properties[key] = value;
  }
  return {
    id: raw.id,
    type: raw.type,
    name: typeof raw.name === "string" ? raw.name : raw.id,
    nameNo: stringOrNull(raw.nameNo),
    aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
    description: stringOrNull(raw.description),
    descriptionNo: stringOrNull(raw.descriptionNo),
    properties,
    sources: decodeSources(raw.sources),
    validFrom: stringOrNull(raw.validFrom),
    validTo: stringOrNull(raw.validTo),
    dateSources: decodeSources(raw.dateSources),
  };
}

export function toGraphEdge(raw: RawEdge): GraphEdge {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw.props)) {
    if (!EDGE_KEYS.has(key)) properties[key] = value;
  }
  return {
    // Relationships written outside the seed (admin mutations) may lack an id: derive the same form.
    id: raw.id ?? `${raw.source}|${raw.type}|${raw.target}`,
    source: raw.source,
    target: raw.target,
    type: raw.type,
    basis: stringOrNull(raw.props.basis) ?? "stated",
    strength: stringOrNull(raw.props.strength),
    wording: stringOrNull(raw.props.wording),
    reason: stringOrNull(raw.props.reason),
    reasonNo: stringOrNull(raw.props.reasonNo),
    conflict: stringOrNull(raw.props.conflict),
    sources: decodeSources(raw.props.sources),
    validFrom: stringOrNull(raw.props.validFrom),
    validTo: stringOrNull(raw.props.validTo),
    dateSources: decodeSources(raw.props.dateSources),
    properties,
  };
}

/** Collects nodes and edges without duplicates, keeping first-seen order. */
export class SubgraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  get nodeCount(): number {
    return this.nodes.size;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  addNode(raw: RawNode): this {
    if (!this.nodes.has(raw.id)) this.nodes.set(raw.id, toGraphNode(raw));
    return this;
  }

  addGraphNode(node: GraphNode): this {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    return this;
  }

  addEdge(raw: RawEdge): this {
    const edge = toGraphEdge(raw);
    if (!this.edges.has(edge.id)) this.edges.set(edge.id, edge);
    return this;
  }

  build(): Subgraph {
    // Both ends of every edge must be present: the client draws the subgraph as it is.
    const edges = [...this.edges.values()].filter(
      (edge) => this.nodes.has(edge.source) && this.nodes.has(edge.target),
    );
    return { nodes: [...this.nodes.values()], edges };
  }
}

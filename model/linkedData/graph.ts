/**
 * The graph as the linked-data and network exports read it: nodes and relationships in the API's
 * GraphNode / GraphEdge shape (sources decoded), which the server, the export command line and the
 * explorer can all give. Structural, so that the explorer passes its own generated types as they are.
 */
import { decodeSources } from "../sourceCodec.ts";
import { EDGE_FIELD_PROPERTIES, INTERNAL_PROPERTIES, NODE_FIELD_PROPERTIES } from "../storedProperties.ts";
import { relationshipId } from "./addresses.ts";

/** A source reference. `quote` is carried through wherever a reference has one. */
export interface LinkedSource {
  readonly document: string;
  readonly title: string;
  readonly section: string;
  readonly paragraph?: number | null | undefined;
  readonly url?: string | null | undefined;
  readonly quote?: string | null | undefined;
}

export interface LinkedNode {
  readonly id: string;
  /** The node's label (Ministry, SDG …). */
  readonly type: string;
  readonly name: string;
  readonly nameNo?: string | null | undefined;
  readonly aliases: readonly string[];
  readonly description?: string | null | undefined;
  readonly descriptionNo?: string | null | undefined;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly sources: readonly LinkedSource[];
  readonly validFrom?: string | null | undefined;
  readonly validTo?: string | null | undefined;
  /** Where validFrom and validTo come from (the explorer's view does not load them). */
  readonly dateSources?: readonly LinkedSource[] | undefined;
}

export interface LinkedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly basis: string;
  readonly strength?: string | null | undefined;
  readonly wording?: string | null | undefined;
  readonly reason?: string | null | undefined;
  readonly reasonNo?: string | null | undefined;
  readonly conflict?: string | null | undefined;
  readonly sources: readonly LinkedSource[];
  readonly validFrom?: string | null | undefined;
  readonly validTo?: string | null | undefined;
  /** Where validFrom and validTo come from (the explorer's view does not load them). */
  readonly dateSources?: readonly LinkedSource[] | undefined;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface LinkedGraph {
  readonly nodes: readonly LinkedNode[];
  readonly edges: readonly LinkedEdge[];
}

/** A node as Neo4j stores it: its labels and properties (what the export statements return). */
export interface StoredNode {
  readonly labels: readonly string[];
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface StoredRelationship {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

const NODE_KEYS = new Set<string>([...NODE_FIELD_PROPERTIES, ...INTERNAL_PROPERTIES]);
const EDGE_KEYS = new Set<string>([...EDGE_FIELD_PROPERTIES, ...INTERNAL_PROPERTIES]);

function text(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

function rest(properties: Readonly<Record<string, unknown>>, lifted: ReadonlySet<string>) {
  return Object.fromEntries(Object.entries(properties).filter(([key]) => !lifted.has(key)));
}

export function linkedNodeOf(stored: StoredNode): LinkedNode {
  const p = stored.properties;
  const id = String(p.id);
  return {
    id,
    type: stored.labels.find((label) => label !== "Entity") ?? "Entity",
    name: text(p.name) ?? id,
    nameNo: text(p.nameNo),
    aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
    description: text(p.description),
    descriptionNo: text(p.descriptionNo),
    properties: rest(p, NODE_KEYS),
    sources: decodeSources(p.sources),
    validFrom: text(p.validFrom),
    validTo: text(p.validTo),
    dateSources: decodeSources(p.dateSources),
  };
}

export function linkedEdgeOf(stored: StoredRelationship): LinkedEdge {
  const p = stored.properties;
  return {
    // Relationships written outside the seed (admin mutations) may lack an id: the same form.
    id: text(p.id) ?? relationshipId(stored.from, stored.type, stored.to),
    source: stored.from,
    target: stored.to,
    type: stored.type,
    basis: text(p.basis) ?? "stated",
    strength: text(p.strength),
    wording: text(p.wording),
    reason: text(p.reason),
    reasonNo: text(p.reasonNo),
    conflict: text(p.conflict),
    sources: decodeSources(p.sources),
    validFrom: text(p.validFrom),
    validTo: text(p.validTo),
    dateSources: decodeSources(p.dateSources),
    properties: rest(p, EDGE_KEYS),
  };
}

/** The whole stored graph (nodes and relationships as exported) in the exports' shape. */
export function linkedGraphOf(stored: {
  readonly nodes: readonly StoredNode[];
  readonly relationships: readonly StoredRelationship[];
}): LinkedGraph {
  // In id order, so that equal graphs give equal files whichever reader listed them.
  const byId = <T extends { readonly id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: stored.nodes.map(linkedNodeOf).sort(byId),
    edges: stored.relationships.map(linkedEdgeOf).sort(byId),
  };
}

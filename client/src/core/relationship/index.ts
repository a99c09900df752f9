/**
 * A relationship's evidence, loaded by its 'from|TYPE|to' id from the API: the node panel lists
 * relationships whose other end the canvas does not draw, and their evidence must open all the
 * same. The relationship itself is found where the explorer already holds it (canvas, a panel's
 * neighbourhood, the trace); its sources always come from the API.
 */
import type { GraphEdge, GraphModel, SdgTrace, SourceRef, Subgraph } from "../graph/index.ts";

export type EvidenceState =
  | { readonly phase: "idle" }
  | { readonly phase: "loading"; readonly id: string }
  | { readonly phase: "ready"; readonly id: string; readonly sources: readonly SourceRef[] }
  | { readonly phase: "failed"; readonly id: string; readonly message: string };

export const IDLE_EVIDENCE: EvidenceState = { phase: "idle" };

/** True for a relationship id ('from|TYPE|to'); node ids never hold a '|'. */
export function isRelationshipId(id: string): boolean {
  return id.split("|").length === 3;
}

interface Holders {
  readonly model: Pick<GraphModel, "edges">;
  readonly neighbourhoods: ReadonlyMap<string, Subgraph>;
  readonly trace: SdgTrace | null;
}

/** The relationship with this id wherever the explorer holds it, or null. */
export function knownEdge(id: string, holders: Holders): GraphEdge | null {
  const drawn = holders.model.edges.get(id);
  if (drawn) return drawn;
  for (const subgraph of holders.neighbourhoods.values()) {
    const edge = subgraph.edges.find((e) => e.id === id);
    if (edge) return edge;
  }
  for (const path of holders.trace?.paths ?? []) {
    const edge = path.steps.find((e) => e.id === id);
    if (edge) return edge;
  }
  return null;
}

/**
 * The relationship to show for `id`: the one held, with the sources the API gave for that id (the
 * held copy may predate them), or one read from the id alone while nothing else is known of it.
 */
export function edgeToShow(id: string, held: GraphEdge | null, evidence: EvidenceState): GraphEdge | null {
  const sources = evidence.phase === "ready" && evidence.id === id ? evidence.sources : null;
  if (held) return sources ? { ...held, sources: [...sources] } : held;
  if (!sources) return null;
  const [source = "", type = "", target = ""] = id.split("|");
  return {
    id,
    source,
    target,
    type,
    basis: "stated",
    strength: null,
    wording: null,
    reason: null,
    reasonNo: null,
    conflict: null,
    validFrom: null,
    validTo: null,
    properties: {},
    sources: [...sources],
  };
}

/** The path between two nodes: its ends and where finding it stands. */
import type { GraphEdge, Subgraph } from "../graph/contract.ts";

export type PathEnd = "from" | "to";

/** One step of a path, in the reading order from `from` to `to` (an edge may point backwards). */
export interface PathStep {
  readonly edge: GraphEdge;
  /** True when the relationship points along the path, from the earlier node to the later. */
  readonly forward: boolean;
}

export type PathState =
  | { readonly phase: "idle" }
  /** One end chosen, waiting for the other. */
  | { readonly phase: "choosing"; readonly from: string | null; readonly to: string | null }
  | { readonly phase: "loading"; readonly from: string; readonly to: string }
  | {
      readonly phase: "ready";
      readonly from: string;
      readonly to: string;
      readonly subgraph: Subgraph;
      /** Node ids in order, `from` first; empty when no path exists. */
      readonly nodes: readonly string[];
      readonly steps: readonly PathStep[];
    }
  | { readonly phase: "failed"; readonly from: string; readonly to: string; readonly message: string };

export const IDLE_PATH: PathState = { phase: "idle" };

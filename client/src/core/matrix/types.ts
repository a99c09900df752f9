/** The SDG matrix slice: where loading the matrix stands, and the day each state is for. */
import type { SdgMatrix } from "../graph/index.ts";

export type MatrixState =
  | { readonly phase: "idle" }
  | { readonly phase: "loading"; readonly asOf: string | null }
  | { readonly phase: "ready"; readonly asOf: string | null; readonly matrix: SdgMatrix }
  | { readonly phase: "failed"; readonly asOf: string | null; readonly message: string };

export const IDLE_MATRIX: MatrixState = { phase: "idle" };

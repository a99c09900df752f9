/**
 * Actions of the evidence-first trace: the "stated only" switch, and for a trace narrowed to a
 * matrix cell, who else passes through that cell.
 */
import { api, describeError } from "../api/index.ts";
import type { GraphEdge, GraphNode } from "../graph/index.ts";
import { freshness } from "../store/freshness.ts";
import { passersThrough, TRACE_TYPES, upstreamOf } from "../trace/through.ts";
import { updateView } from "./commit.ts";
import type { Explorer } from "./state.ts";

/** Frontier nodes followed one level further; a bound so that a hub cannot fan out without end. */
const MAX_FRONTIER = 40;

export function setStatedOnly(x: Explorer, statedOnly: boolean): void {
  x.store.set({ statedOnly });
}

/**
 * Finds the organisations and solutions upstream of an objective. neighbourhood reaches 3 steps,
 * a trace through the cell may start 5 steps upstream: the nodes found exactly 3 steps up are
 * followed 2 steps further.
 */
export async function loadThrough(
  x: Explorer,
  objectiveId: string,
  asOf: string | null = x.store.get().view.asOf,
): Promise<void> {
  x.store.set({ through: { phase: "loading", objectiveId } });
  // A newer load (another cell, or the same cell on another day) makes this one's answer stale.
  const ticket = freshness(x.store, "through").begin();
  const read = { asOf, signal: ticket.signal };
  const isCurrent = () => ticket.isCurrent() && x.store.get().through.phase === "loading";
  try {
    const first = await api.neighbourhood(objectiveId, read, TRACE_TYPES, 3);
    const nodes = new Map<string, GraphNode>(first.nodes.map((n) => [n.id, n]));
    const edges = new Map<string, GraphEdge>(first.edges.map((e) => [e.id, e]));
    const frontier = [...upstreamOf(objectiveId, edges.values(), 3)]
      .filter(([, depth]) => depth === 3)
      .map(([id]) => id)
      .slice(0, MAX_FRONTIER);
    for (const more of await Promise.all(frontier.map((id) => api.neighbourhood(id, read, TRACE_TYPES, 2)))) {
      for (const n of more.nodes) nodes.set(n.id, n);
      for (const e of more.edges) edges.set(e.id, e);
    }
    const found = passersThrough(upstreamOf(objectiveId, edges.values()), nodes.values());
    if (isCurrent()) x.store.set({ through: { phase: "ready", objectiveId, nodes: found } });
  } catch (error) {
    if (isCurrent())
      x.store.set({
        through: { phase: "failed", objectiveId, message: describeError(error, x.store.get().view.language) },
      });
  }
}

/** Effect: when a trace is narrowed to a matrix cell (an objective and one SDG), load who passes through. */
export function watchCell(x: Explorer): () => void {
  return x.store.subscribe((state) => {
    const { trace } = state;
    if (!trace || !state.view.traceSdg || trace.from.type !== "Objective") return;
    const through = state.through;
    if (through.phase !== "idle" && through.objectiveId === trace.from.id) return;
    void loadThrough(x, trace.from.id);
  });
}

/**
 * Opens a relationship's evidence whether or not the canvas draws it: selects it and loads its
 * sources by id as of the view's day. Only the newest load's answer is kept (another relationship,
 * or the same one on another day, makes an older answer stale).
 */
export async function openEvidence(x: Explorer, id: string): Promise<void> {
  if (x.store.get().view.selected !== id) updateView(x, { selected: id });
  x.store.set({ evidence: { phase: "loading", id } });
  const asOf = x.store.get().view.asOf;
  await freshness(x.store, "evidence").load(
    (signal) => api.evidence(id, { asOf, signal }),
    (sources) => x.store.set({ evidence: { phase: "ready", id, sources } }),
    (error) =>
      x.store.set({
        evidence: { phase: "failed", id, message: describeError(error, x.store.get().view.language) },
      }),
  );
}

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

export function setStatedOnly(explorer: Explorer, statedOnly: boolean): void {
  updateView(explorer, { statedOnly });
}

/**
 * Finds the organisations and solutions upstream of an objective. neighbourhood reaches 3 steps,
 * a trace through the cell may start 5 steps upstream: the nodes found exactly 3 steps up are
 * followed 2 steps further.
 */
export async function loadThrough(
  explorer: Explorer,
  objectiveId: string,
  asOf: string | null = explorer.store.get().view.asOf,
): Promise<void> {
  explorer.store.set({ through: { phase: "loading", objectiveId } });
  // A newer load (another cell, or the same cell on another day) makes this one's answer stale.
  const ticket = freshness(explorer.store, "through").begin();
  const read = { asOf, signal: ticket.signal };
  const isCurrent = () => ticket.isCurrent() && explorer.store.get().through.phase === "loading";
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
    if (isCurrent()) explorer.store.set({ through: { phase: "ready", objectiveId, nodes: found } });
  } catch (error) {
    if (isCurrent())
      explorer.store.set({
        through: {
          phase: "failed",
          objectiveId,
          message: describeError(error, explorer.store.get().view.language),
        },
      });
  }
}

/** Effect: when a trace is narrowed to a matrix cell (an objective and one SDG), load who passes through. */
export function watchCell(explorer: Explorer): () => void {
  return explorer.store.subscribe((state) => {
    const { trace } = state;
    if (!trace || !state.view.traceSdg || trace.from.type !== "Objective") return;
    const through = state.through;
    if (through.phase !== "idle" && through.objectiveId === trace.from.id) return;
    void loadThrough(explorer, trace.from.id);
  });
}

/**
 * Opens a relationship's evidence whether or not the canvas draws it: selects it and loads its
 * sources by id as of the view's day. Only the newest load's answer is kept (another relationship,
 * or the same one on another day, makes an older answer stale).
 */
export async function openEvidence(explorer: Explorer, id: string): Promise<void> {
  if (explorer.store.get().view.selected !== id) updateView(explorer, { selected: id });
  explorer.store.set({ evidence: { phase: "loading", id } });
  const asOf = explorer.store.get().view.asOf;
  await freshness(explorer.store, "evidence").load(
    (signal) => api.evidence(id, { asOf, signal }),
    (sources) => explorer.store.set({ evidence: { phase: "ready", id, sources } }),
    (error) =>
      explorer.store.set({
        evidence: { phase: "failed", id, message: describeError(error, explorer.store.get().view.language) },
      }),
  );
}

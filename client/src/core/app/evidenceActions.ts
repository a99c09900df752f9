/**
 * Actions of the evidence-first trace: the "stated only" switch, and for a trace narrowed to a
 * matrix cell, who else passes through that cell.
 */
import { api, describeError } from "../api/index.ts";
import type { GraphEdge, GraphNode } from "../graph/index.ts";
import { passersThrough, TRACE_TYPES, upstreamOf } from "../trace/through.ts";
import { updateView } from "./commit.ts";
import type { Explorer } from "./state.ts";

/** Frontier nodes followed one level further; a bound so that a hub cannot fan out without end. */
const MAX_FRONTIER = 40;

export function setStatedOnly(x: Explorer, statedOnly: boolean): void {
  updateView(x, { statedOnly });
}

/**
 * Finds the organisations and solutions upstream of an objective. neighbourhood reaches 3 steps,
 * a trace through the cell may start 5 steps upstream: the nodes found exactly 3 steps up are
 * followed 2 steps further.
 */
export async function loadThrough(x: Explorer, objectiveId: string): Promise<void> {
  x.store.set({ through: { phase: "loading", objectiveId } });
  try {
    const first = await api.neighbourhood(objectiveId, TRACE_TYPES, 3);
    const nodes = new Map<string, GraphNode>(first.nodes.map((n) => [n.id, n]));
    const edges = new Map<string, GraphEdge>(first.edges.map((e) => [e.id, e]));
    const frontier = [...upstreamOf(objectiveId, edges.values(), 3)]
      .filter(([, depth]) => depth === 3)
      .map(([id]) => id)
      .slice(0, MAX_FRONTIER);
    for (const more of await Promise.all(frontier.map((id) => api.neighbourhood(id, TRACE_TYPES, 2)))) {
      for (const n of more.nodes) nodes.set(n.id, n);
      for (const e of more.edges) edges.set(e.id, e);
    }
    const found = passersThrough(upstreamOf(objectiveId, edges.values()), nodes.values());
    if (isCurrent(x, objectiveId)) x.store.set({ through: { phase: "ready", objectiveId, nodes: found } });
  } catch (error) {
    if (isCurrent(x, objectiveId))
      x.store.set({
        through: { phase: "failed", objectiveId, message: describeError(error, x.store.get().view.language) },
      });
  }
}

function isCurrent(x: Explorer, objectiveId: string): boolean {
  const through = x.store.get().through;
  return through.phase === "loading" && through.objectiveId === objectiveId;
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
 * sources by id. Only the answer for the relationship still asked for is kept.
 */
export async function openEvidence(x: Explorer, id: string): Promise<void> {
  updateView(x, { selected: id });
  x.store.set({ evidence: { phase: "loading", id } });
  const stillAsked = () => {
    const evidence = x.store.get().evidence;
    return evidence.phase === "loading" && evidence.id === id;
  };
  try {
    const sources = await api.evidence(id);
    if (stillAsked()) x.store.set({ evidence: { phase: "ready", id, sources } });
  } catch (error) {
    if (stillAsked())
      x.store.set({
        evidence: { phase: "failed", id, message: describeError(error, x.store.get().view.language) },
      });
  }
}

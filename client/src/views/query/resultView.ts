/** One run's result drawn in the chosen tab: a graph whose nodes open their panel, a table, JSON, Cypher. */
import type { Language } from "@core/graph/index.ts";
import { t, tf } from "@core/i18n/index.ts";
import { resultToGraph } from "@core/query/index.ts";
import type { Answer } from "@core/query/run.ts";
import type { Core } from "cytoscape";
import { h } from "../dom.ts";
import { periodList } from "./periods.ts";
import { drawResultGraph } from "./resultGraph.ts";
import { cypherList, resultTable } from "./results.ts";

export const TABS = ["graph", "table", "json", "cypher"] as const;
export type Tab = (typeof TABS)[number];

export interface ResultContext {
  readonly language: Language;
  readonly onOpenInGraph: (data: unknown) => void;
  readonly onOpenNode: (id: string, type: string) => void;
}

export function renderResponse(
  results: HTMLElement,
  { response, typed }: Answer,
  tab: Tab,
  context: ResultContext,
): Core | null {
  for (const error of response.errors ?? []) {
    results.append(
      h(
        "p",
        { class: "error", role: "alert", "data-testid": "query-error" },
        `${error.extensions?.code ?? "ERROR"}: ${error.message}`,
      ),
    );
  }
  const data = response.data ?? null;
  switch (tab) {
    case "graph":
      return renderGraph(results, typed, context);
    case "table":
      results.append(resultTable(data, context.language));
      return null;
    case "json":
      results.append(
        h("pre", { class: "json", "data-testid": "result-json" }, JSON.stringify(response, null, 2)),
      );
      return null;
    case "cypher":
      results.append(cypherList(response.extensions?.cypher ?? [], context.language));
      return null;
    default: {
      const unreachable: never = tab;
      throw new Error(`Unhandled tab ${String(unreachable)}`);
    }
  }
}

function renderGraph(results: HTMLElement, data: unknown, context: ResultContext): Core | null {
  const graph = resultToGraph(data);
  if (graph.nodes.length === 0) {
    results.append(
      h("p", { class: "muted", "data-testid": "result-graph-empty" }, t(context.language, "query.noGraph")),
    );
    return null;
  }
  const host = h("div", {
    class: "result-graph",
    "data-testid": "result-graph",
    "data-nodes": graph.nodes.length,
    "data-edges": graph.edges.length,
  });
  results.append(
    h(
      "div",
      { class: "toolbar" },
      h(
        "span",
        { class: "muted" },
        `${tf(context.language, "query.counts", { nodes: graph.nodes.length, links: graph.edges.length })} `,
      ),
      h("span", { class: "muted" }, t(context.language, "query.nodeHint")),
      h(
        "button",
        { "data-testid": "open-in-graph", onclick: () => context.onOpenInGraph(data) },
        t(context.language, "query.openInGraph"),
      ),
    ),
    host,
  );
  const periods = periodList(graph, context.language);
  if (periods) results.append(periods);
  const cy = drawResultGraph(host, graph, context.language);
  const types = new Map(graph.nodes.map((node) => [node.id, node.type]));
  cy.on("tap", "node", (event) => {
    const id: string = event.target.id();
    context.onOpenNode(id, types.get(id) ?? "");
  });
  // The e2e tests click a result node where cytoscape drew it; only a test build exposes it.
  if (import.meta.env.MODE === "test")
    Object.defineProperty(window, "__queryResult", { value: cy, configurable: true });
  return cy;
}

/**
 * The query explorer: presets, a lazily loaded GraphQL editor, and the result as a graph, a
 * table, JSON, and the Cypher the server ran.
 */

import { describeError, type GraphQLResponse, request } from "@core/api/index.ts";
import type { Language } from "@core/graph/index.ts";
import { PRESETS, resultToGraph } from "@core/query/index.ts";
import type { Core } from "cytoscape";
import { clear, h } from "./dom.ts";
import type { QueryEditor } from "./query/editor.ts";
import { drawResultGraph } from "./query/resultGraph.ts";
import { cypherList, resultTable } from "./query/results.ts";

const TABS = ["graph", "table", "json", "cypher"] as const;
type Tab = (typeof TABS)[number];

type Run =
  | { readonly phase: "none" }
  | { readonly phase: "running" }
  | { readonly phase: "done"; readonly response: GraphQLResponse }
  | { readonly phase: "failed"; readonly message: string };

export class QueryView {
  readonly element: HTMLElement;
  private editor: QueryEditor | null = null;
  private readonly editorHost = h(
    "div",
    { class: "editor-host" },
    h("p", { class: "muted" }, "Loading the editor…"),
  );
  private readonly docsHost = h("aside", { class: "docs-host", hidden: true });
  private readonly results = h("div", { class: "results", "data-testid": "query-results" });
  private readonly tabButtons = new Map<Tab, HTMLButtonElement>();
  private tab: Tab = "graph";
  private run: Run = { phase: "none" };
  private cy: Core | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    private text: string,
    private readonly language: () => Language,
    private readonly onText: (text: string) => void,
    private readonly onOpenInGraph: (data: unknown) => void,
  ) {
    if (!this.text) this.text = PRESETS[0]?.query ?? "";
    const presets = h(
      "select",
      {
        "aria-label": "Preset queries",
        "data-testid": "preset-select",
        onchange: (event: Event) => {
          const preset = PRESETS.find((p) => p.id === (event.target as HTMLSelectElement).value);
          if (preset) this.setText(preset.query);
        },
      },
      h("option", { value: "" }, "Preset queries…"),
      PRESETS.map((preset) => h("option", { value: preset.id }, preset.title)),
    );
    const tabs = h(
      "div",
      { class: "tabs", role: "tablist", "aria-label": "Result views" },
      TABS.map((tab) => {
        const button = h(
          "button",
          {
            role: "tab",
            "aria-selected": tab === this.tab ? "true" : "false",
            "data-testid": `result-tab-${tab}`,
            onclick: () => this.showTab(tab),
          },
          tab === "json" ? "JSON" : tab === "cypher" ? "Cypher" : tab[0]?.toUpperCase() + tab.slice(1),
        );
        this.tabButtons.set(tab, button);
        return button;
      }),
    );
    this.element = h(
      "section",
      { class: "query-view", "aria-label": "Query explorer" },
      h(
        "div",
        { class: "query-editor-pane" },
        h(
          "div",
          { class: "toolbar" },
          presets,
          h(
            "button",
            { class: "primary", "data-testid": "run-query", onclick: () => void this.execute() },
            "Run ▶",
          ),
          h(
            "button",
            {
              "aria-label": "Show or hide the schema docs",
              "data-testid": "toggle-docs",
              onclick: () => {
                this.docsHost.hidden = !this.docsHost.hidden;
              },
            },
            "Docs",
          ),
          h("span", { class: "muted small" }, "Ctrl/⌘-Enter runs"),
        ),
        h("div", { class: "editor-row" }, this.editorHost, this.docsHost),
      ),
      h("div", { class: "query-result-pane" }, tabs, this.results),
    );
  }

  /** Loads the editor chunk the first time the view opens. */
  activate(): Promise<void> {
    this.loading ??= this.loadEditor();
    return this.loading;
  }

  private async loadEditor(): Promise<void> {
    const module = await import("./query/editor.ts");
    let schema: Awaited<ReturnType<typeof module.loadSchema>> | undefined;
    try {
      schema = await module.loadSchema();
    } catch {
      schema = undefined; // The editor still works; completion needs the server.
    }
    clear(this.editorHost);
    this.editor = module.createEditor(
      this.editorHost,
      this.text,
      schema,
      () => void this.execute(),
      (text) => {
        this.text = text;
        this.onText(text);
      },
    );
    if (schema) this.docsHost.append(module.docsExplorer(schema));
    else
      this.docsHost.append(h("p", { class: "muted" }, "Docs need the server's schema (it is unreachable)."));
  }

  setText(text: string): void {
    this.text = text;
    this.editor?.setValue(text);
    this.onText(text);
  }

  async execute(): Promise<void> {
    const text = this.editor?.getValue() ?? this.text;
    this.run = { phase: "running" };
    this.render();
    try {
      const response = await request(text, {}, { includeCypher: true });
      this.run = { phase: "done", response };
    } catch (error) {
      this.run = { phase: "failed", message: describeError(error) };
    }
    this.render();
  }

  private showTab(tab: Tab): void {
    this.tab = tab;
    for (const [name, button] of this.tabButtons)
      button.setAttribute("aria-selected", name === tab ? "true" : "false");
    this.render();
  }

  private render(): void {
    this.cy?.destroy();
    this.cy = null;
    clear(this.results);
    const run = this.run;
    switch (run.phase) {
      case "none":
        this.results.append(h("p", { class: "muted" }, "Pick a preset or write a query, then Run."));
        return;
      case "running":
        this.results.append(h("p", { class: "muted", "data-testid": "query-running" }, "Running…"));
        return;
      case "failed":
        this.results.append(
          h("p", { class: "error", role: "alert", "data-testid": "query-error" }, run.message),
        );
        return;
      case "done":
        this.renderResponse(run.response);
        return;
      default: {
        const unreachable: never = run;
        throw new Error(`Unhandled run ${String(unreachable)}`);
      }
    }
  }

  private renderResponse(response: GraphQLResponse): void {
    for (const error of response.errors ?? []) {
      this.results.append(
        h(
          "p",
          { class: "error", role: "alert", "data-testid": "query-error" },
          `${error.extensions?.code ?? "ERROR"}: ${error.message}`,
        ),
      );
    }
    const data = response.data ?? null;
    switch (this.tab) {
      case "graph":
        this.renderGraph(data);
        return;
      case "table":
        this.results.append(resultTable(data));
        return;
      case "json":
        this.results.append(
          h("pre", { class: "json", "data-testid": "result-json" }, JSON.stringify(response, null, 2)),
        );
        return;
      case "cypher":
        this.results.append(cypherList(response.extensions?.cypher ?? []));
        return;
      default: {
        const unreachable: never = this.tab;
        throw new Error(`Unhandled tab ${String(unreachable)}`);
      }
    }
  }

  private renderGraph(data: unknown): void {
    const graph = resultToGraph(data);
    if (graph.nodes.length === 0) {
      this.results.append(
        h(
          "p",
          { class: "muted", "data-testid": "result-graph-empty" },
          "No objects with an id and a type in this result: see Table or JSON.",
        ),
      );
      return;
    }
    const host = h("div", {
      class: "result-graph",
      "data-testid": "result-graph",
      "data-nodes": graph.nodes.length,
      "data-edges": graph.edges.length,
    });
    this.results.append(
      h(
        "div",
        { class: "toolbar" },
        h("span", { class: "muted" }, `${graph.nodes.length} nodes, ${graph.edges.length} links`),
        h(
          "button",
          { "data-testid": "open-in-graph", onclick: () => this.onOpenInGraph(data) },
          "Open in the graph view",
        ),
      ),
      host,
    );
    this.cy = drawResultGraph(host, graph, this.language());
  }
}

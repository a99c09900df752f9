/**
 * The query explorer: presets, a lazily loaded GraphQL editor with variables, history, prettify
 * and searchable docs, and the result as a graph (a node click opens its panel), a table, JSON,
 * and the Cypher the server ran.
 */

import { describeError, request } from "@core/api/index.ts";
import type { Language } from "@core/graph/index.ts";
import { langOf } from "@core/graph/utils.ts";
import { isMessageKey, type MessageKey, t } from "@core/i18n/index.ts";
import { PRESETS } from "@core/query/index.ts";
import { type Answer, QueryRuns } from "@core/query/run.ts";
import type { Core } from "cytoscape";
import { clear, h, translated } from "./dom.ts";
import type { QueryEditor } from "./query/editor.ts";
import { HistoryPane } from "./query/historyList.ts";
import { renderResponse, TABS, type Tab } from "./query/resultView.ts";
import { VariablesPane } from "./query/variablesPane.ts";

type EditorModule = typeof import("./query/editor.ts");

export class QueryView {
  readonly element: HTMLElement;
  private editor: QueryEditor | null = null;
  private module: EditorModule | null = null;
  private readonly variables: VariablesPane;
  private readonly history: HistoryPane;
  private readonly notice = h("p", {
    class: "error small",
    role: "alert",
    "data-testid": "query-notice",
    hidden: true,
  });
  private readonly editorHost = h("div", { class: "editor-host" });
  private readonly docsHost = h("aside", { class: "docs-host", hidden: true });
  private readonly results = h("div", { class: "results", "data-testid": "query-results" });
  private readonly tabButtons = new Map<Tab, HTMLButtonElement>();
  private tab: Tab = "graph";
  private readonly runs = new QueryRuns(() => this.render());
  private cy: Core | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    private text: string,
    private readonly language: () => Language,
    private readonly onText: (text: string) => void,
    private readonly onOpenInGraph: (data: unknown) => void,
    private readonly onOpenNode: (id: string, type: string) => void = () => undefined,
    /** The variables as a shared link holds them, and where typed ones go (the URL, `qv`). */
    shared: { readonly variables: string; readonly onVariables: (text: string) => void } = {
      variables: "",
      onVariables: () => undefined,
    },
  ) {
    if (!this.text) this.text = PRESETS[0]?.query ?? "";
    const say = (key: MessageKey) => t(this.language(), key);
    // Built once: `translated` lets App switch these labels when the language changes.
    const tr = <E extends HTMLElement>(element: E, keys: Parameters<typeof translated>[2]) =>
      translated(element, this.language(), keys);
    this.editorHost.append(tr(h("p", { class: "muted" }), { text: "query.loadingEditor" }));
    this.variables = new VariablesPane(this.language, shared.onVariables);
    if (shared.variables) this.variables.value = shared.variables;
    this.history = new HistoryPane(
      () => ({
        empty: say("query.historyEmpty"),
        open: say("query.historyOpen"),
        locale: langOf(this.language()),
      }),
      (entry) => {
        this.setText(entry.query);
        this.variables.value = entry.variables;
      },
    );
    const presets = h(
      "select",
      {
        "data-testid": "preset-select",
        onchange: (event: Event) => {
          const preset = PRESETS.find((p) => p.id === (event.target as HTMLSelectElement).value);
          if (preset) this.setText(preset.query);
        },
      },
      tr(h("option", { value: "" }), { text: "query.presets" }),
      PRESETS.map((preset) => {
        const key = `preset.${preset.id}`;
        const option = h("option", { value: preset.id }, preset.title);
        return isMessageKey(key) ? tr(option, { text: key }) : option;
      }),
    );
    tr(presets, { "aria-label": "query.presetsLabel" });
    const tabs = tr(
      h(
        "div",
        { class: "tabs", role: "tablist" },
        TABS.map((tab) => {
          const button = tr(
            h("button", {
              role: "tab",
              "aria-selected": tab === this.tab ? "true" : "false",
              "data-testid": `result-tab-${tab}`,
              onclick: () => this.showTab(tab),
            }),
            { text: `query.tab.${tab}` },
          );
          this.tabButtons.set(tab, button);
          return button;
        }),
      ),
      { "aria-label": "query.resultViews" },
    );
    this.element = tr(
      h(
        "section",
        { class: "query-view" },
        h(
          "div",
          { class: "query-editor-pane" },
          h(
            "div",
            { class: "toolbar" },
            presets,
            tr(
              h("button", {
                class: "primary",
                "data-testid": "run-query",
                onclick: () => void this.execute(),
              }),
              { text: "query.run" },
            ),
            tr(h("button", { "data-testid": "prettify", onclick: () => this.prettify() }), {
              text: "query.prettify",
              "aria-label": "query.prettifyLabel",
            }),
            tr(h("button", { "data-testid": "toggle-history", onclick: () => this.history.toggle() }), {
              text: "query.history",
              "aria-label": "query.historyLabel",
            }),
            tr(
              h("button", {
                "data-testid": "toggle-docs",
                onclick: () => {
                  this.docsHost.hidden = !this.docsHost.hidden;
                },
              }),
              { text: "query.docs", "aria-label": "query.docsLabel" },
            ),
            tr(h("span", { class: "muted small" }), { text: "query.runHint" }),
          ),
          this.notice,
          this.history.element,
          h("div", { class: "editor-row" }, this.editorHost, this.docsHost),
          this.variables.element,
        ),
        h("div", { class: "query-result-pane" }, tabs, this.results),
      ),
      { "aria-label": "query.explorer" },
    );
  }

  /** Loads the editor chunk the first time the view opens. */
  activate(): Promise<void> {
    this.loading ??= this.loadEditor();
    return this.loading;
  }

  private async loadEditor(): Promise<void> {
    const module = await import("./query/editor.ts");
    this.module = module;
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
    const language = this.language();
    if (schema)
      this.docsHost.append(
        module.docsExplorer(schema, {
          search: t(language, "query.docsSearch"),
          noMatch: t(language, "query.docsNoMatch"),
        }),
      );
    else
      this.docsHost.append(
        translated(h("p", { class: "muted" }), language, { text: "query.docsUnavailable" }),
      );
  }

  setText(text: string): void {
    this.text = text;
    this.editor?.setValue(text);
    this.onText(text);
  }

  /** Rewrites the editor's text in graphql-js's layout; a query that does not parse stays as it is. */
  private prettify(): void {
    if (!this.module) return;
    try {
      this.setText(this.module.prettify(this.editor?.getValue() ?? this.text));
      this.notice.hidden = true;
    } catch (error) {
      this.notice.textContent = `${t(this.language(), "query.prettifyFailed")} ${describeError(error, this.language())}`;
      this.notice.hidden = false;
    }
  }

  async execute(): Promise<void> {
    const text = this.editor?.getValue() ?? this.text;
    const variables = this.variables.check();
    // Bad variables are the user's to fix in the pane: sending them would only earn a server error.
    if (!variables.ok) return;
    this.notice.hidden = true;
    this.history.record(text, this.variables.value);
    await this.runs.start(
      (signal) => send(text, variables.value, signal),
      (error) => describeError(error, this.language()),
    );
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
    const run = this.runs.run;
    switch (run.phase) {
      case "none":
        this.results.append(translated(h("p", { class: "muted" }), this.language(), { text: "query.pick" }));
        return;
      case "running":
        this.results.append(
          translated(h("p", { class: "muted", "data-testid": "query-running" }), this.language(), {
            text: "query.running",
          }),
        );
        return;
      case "failed":
        this.results.append(
          h("p", { class: "error", role: "alert", "data-testid": "query-error" }, run.message),
        );
        return;
      case "done":
        this.cy = renderResponse(this.results, run, this.tab, {
          language: this.language(),
          onOpenInGraph: this.onOpenInGraph,
          onOpenNode: this.onOpenNode,
        });
        return;
      default: {
        const unreachable: never = run;
        throw new Error(`Unhandled run ${String(unreachable)}`);
      }
    }
  }
}

/**
 * Sends the query with `__typename` in every selection (the result graph needs each object's
 * type) and shows the answer as the user's query would have it. The transform comes with the
 * editor's chunk, keeping graphql-js out of the first load.
 */
async function send(
  text: string,
  variables: Readonly<Record<string, unknown>>,
  signal: AbortSignal,
): Promise<Answer> {
  const { prepareQuery, stripAddedTypename } = await import("@core/query/typename.ts");
  const prepared = prepareQuery(text);
  const response = await request(prepared?.sent ?? text, variables, { includeCypher: true, signal });
  if (!prepared || response.data == null) return { response, typed: response.data ?? null };
  const faithful = stripAddedTypename(response.data, prepared.original);
  return { response: { ...response, data: faithful }, typed: response.data };
}

/**
 * The page around the views: top bar (title, tabs, search, language), the graph toolbar with
 * export, and the sections. It redraws its own chrome (selected tab, layout, language) from the store.
 */
import type { Actions } from "@core/app/actions.ts";
import type { AppState } from "@core/app/state.ts";
import { EXPORT_FORMATS, type ExportFormat } from "@core/export/index.ts";
import { LAYOUT_NAMES, LAYOUTS } from "@core/layouts/index.ts";
import { type Store, sameItems, watch } from "@core/store/store.ts";
import { VIEWS, type ViewName } from "@core/url-state/index.ts";
import { h } from "./dom.ts";

const TAB_LABELS: Readonly<Record<ViewName, string>> = {
  graph: "Graph",
  matrix: "SDG matrix",
  query: "Query",
};

const EXPORT_LABELS: Readonly<Record<ExportFormat, string>> = {
  png: "Export the view as PNG",
  svg: "Export the view as SVG",
  json: "Export the data as JSON",
  csv: "Export the data as CSV",
};

export interface ShellParts {
  readonly search: HTMLElement;
  readonly cyHost: HTMLElement;
  readonly status: HTMLElement;
  readonly legendHost: HTMLElement;
  readonly banner: HTMLElement;
  readonly panel: HTMLElement;
  readonly matrixSection: HTMLElement;
  readonly querySection: HTMLElement;
}

export interface ShellControls {
  fit(): void;
  zoomBy(factor: number): void;
  toggleLegend(): void;
  exportAs(format: ExportFormat): void;
}

/**
 * Builds the page; `actions` is read only when the user acts, so the shell (and with it the
 * canvas's container) can be in place before the canvas and the actions exist.
 */
export function mountShell(
  root: HTMLElement,
  parts: ShellParts,
  store: Store<AppState>,
  actions: () => Actions,
  controls: ShellControls,
): () => void {
  const tabs = new Map<ViewName, HTMLButtonElement>();
  for (const view of VIEWS) {
    tabs.set(
      view,
      h(
        "button",
        { role: "tab", "data-testid": `tab-${view}`, onclick: () => void actions().setView(view) },
        TAB_LABELS[view],
      ),
    );
  }
  const languageButton = h("button", {
    class: "lang",
    "data-testid": "language-toggle",
    onclick: () => actions().setLanguage(store.get().view.language === "en" ? "no" : "en"),
  });
  const layoutSelect = h(
    "select",
    {
      "aria-label": "Layout",
      "data-testid": "layout-select",
      onchange: () => {
        const layout = LAYOUT_NAMES.find((name) => name === layoutSelect.value);
        if (layout) void actions().setLayout(layout);
      },
    },
    LAYOUT_NAMES.map((name) =>
      h("option", { value: name, title: LAYOUTS[name].description }, LAYOUTS[name].label),
    ),
  );
  const button = (label: string, text: string, testid: string, onclick: () => void) =>
    h("button", { "aria-label": label, title: label, "data-testid": testid, onclick }, text);
  const toolbar = h(
    "div",
    { class: "toolbar graph-toolbar", role: "toolbar", "aria-label": "Graph controls" },
    h("label", { class: "inline" }, h("span", { class: "wide-only" }, "Layout "), layoutSelect),
    button("Fit the graph to the screen", "Fit", "fit", controls.fit),
    button("Zoom in", "+", "zoom-in", () => controls.zoomBy(1.25)),
    button("Zoom out", "−", "zoom-out", () => controls.zoomBy(0.8)),
    button("Back to the governance tree", "Reset", "reset", () => void actions().reset()),
    button("Show or hide the legend and filters", "Legend", "toggle-legend", controls.toggleLegend),
    h(
      "span",
      { class: "export", role: "group", "aria-label": "Export" },
      h("span", { class: "wide-only" }, "Export "),
      EXPORT_FORMATS.map((format) =>
        button(EXPORT_LABELS[format], format.toUpperCase(), `export-${format}`, () =>
          controls.exportAs(format),
        ),
      ),
    ),
  );
  const graphSection = h(
    "section",
    { class: "graph-view", "aria-label": "Graph" },
    toolbar,
    h(
      "div",
      { class: "canvas-wrap" },
      parts.legendHost,
      h("div", { class: "cy-area" }, parts.cyHost, parts.status),
    ),
  );
  root.append(
    h(
      "header",
      { class: "topbar" },
      h("h1", {}, "Norway eHealth governance"),
      h("nav", { class: "tabs", role: "tablist", "aria-label": "Views" }, [...tabs.values()]),
      parts.search,
      languageButton,
    ),
    parts.banner,
    h("main", { class: "main" }, graphSection, parts.matrixSection, parts.querySection, parts.panel),
  );
  return watch(
    store,
    (state) => [state.view.view, state.view.layout, state.view.language],
    () => {
      const { view, layout, language } = store.get().view;
      for (const [name, tab] of tabs) tab.setAttribute("aria-selected", name === view ? "true" : "false");
      graphSection.hidden = view !== "graph";
      parts.matrixSection.hidden = view !== "matrix";
      parts.querySection.hidden = view !== "query";
      layoutSelect.value = layout;
      languageButton.textContent = `${language.toUpperCase()} → ${language === "en" ? "NO" : "EN"}`;
      languageButton.setAttribute(
        "aria-label",
        language === "en" ? "Show Norwegian names" : "Show English names",
      );
      document.documentElement.lang = language === "no" ? "nb" : "en";
    },
    sameItems,
  );
}

/**
 * The page around the views: top bar (title, tabs, search, language), the graph toolbar with
 * export, and the sections. It redraws its own chrome (selected tab, layout, language) from the store.
 */
import type { Actions } from "@core/app/actions.ts";
import type { AppState } from "@core/app/state.ts";
import { EXPORT_FORMATS, type ExportFormat } from "@core/export/index.ts";
import { langOf } from "@core/graph/index.ts";
import { EN } from "@core/i18n/en.ts";
import { type MessageKey, t } from "@core/i18n/index.ts";
import { LAYOUT_NAMES, LAYOUTS } from "@core/layouts/index.ts";
import { type Store, sameItems, watch } from "@core/store/store.ts";
import { VIEWS, type ViewName } from "@core/url-state/index.ts";
import { h } from "./dom.ts";

const isMessageKey = (value: string): value is MessageKey => value in EN;

const TAB_LABELS: Readonly<Record<ViewName, MessageKey>> = {
  graph: "tab.graph",
  matrix: "tab.matrix",
  query: "tab.query",
};

const EXPORT_LABELS: Readonly<Record<ExportFormat, MessageKey>> = {
  png: "export.png",
  svg: "export.svg",
  json: "export.json",
  csv: "export.csv",
  brief: "export.brief",
  jsonld: "export.jsonld",
  ttl: "export.ttl",
  graphml: "export.graphml",
  gexf: "export.gexf",
};

/** Button texts other than the format's name in capitals. */
const EXPORT_TEXTS: Partial<Readonly<Record<ExportFormat, string>>> = {
  jsonld: "JSON-LD",
  ttl: "Turtle",
  graphml: "GraphML",
};

/** An element's text, or some of its attributes, that follow the interface language. */
interface Translated {
  readonly element: HTMLElement;
  readonly key: MessageKey;
  readonly attributes?: readonly string[];
}

export interface ShellParts {
  readonly search: HTMLElement;
  readonly cyHost: HTMLElement;
  readonly status: HTMLElement;
  readonly legendHost: HTMLElement;
  readonly banner: HTMLElement;
  readonly panel: HTMLElement;
  readonly matrixSection: HTMLElement;
  readonly querySection: HTMLElement;
  /** The time slider above the canvas, and the list of changes beside it in compare mode. */
  readonly timeBar: HTMLElement;
  readonly changes: HTMLElement;
  /** The graph as a list for screen readers and keyboards (GraphOutline.ts), under the canvas. */
  readonly outline?: HTMLElement;
  /** An older link's corrections (ReleaseViews.ts), under the top bar. */
  readonly releaseNotice?: HTMLElement;
  /** What the opening link named that the graph does not hold (LinkNotice.ts), under the top bar. */
  readonly linkNotice?: HTMLElement;
  /** The data release, at the foot of the page. */
  readonly footer?: HTMLElement;
  /** The Copy-link button with its announcement (CopyLink.ts), in the graph's toolbar. */
  readonly copyLink?: HTMLElement;
  /** What the explorer is for and where to start (Welcome.ts), above the first view's canvas. */
  readonly welcome?: HTMLElement;
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
  const translated: Translated[] = [];
  const text = <E extends HTMLElement>(element: E, key: MessageKey, attributes?: readonly string[]): E => {
    translated.push(attributes ? { element, key, attributes } : { element, key });
    return element;
  };
  const searchInput = parts.search.querySelector("input");
  if (searchInput) {
    text(searchInput, "search.placeholder", ["placeholder"]);
    text(searchInput, "search.label", ["aria-label"]);
  }
  const tabs = new Map<ViewName, HTMLButtonElement>();
  for (const view of VIEWS) {
    const tab = h("button", {
      role: "tab",
      "data-testid": `tab-${view}`,
      onclick: () => void actions().setView(view),
    });
    tabs.set(view, text(tab, TAB_LABELS[view]));
  }
  const languageButton = h("button", {
    class: "lang",
    "data-testid": "language-toggle",
    onclick: () => actions().setLanguage(store.get().view.language === "en" ? "no" : "en"),
  });
  const layoutSelect = h(
    "select",
    {
      "data-testid": "layout-select",
      onchange: () => {
        const layout = LAYOUT_NAMES.find((name) => name === layoutSelect.value);
        if (layout) void actions().setLayout(layout);
      },
    },
    LAYOUT_NAMES.map((name) =>
      text(
        text(h("option", { value: name }, LAYOUTS[name].label), `layout.${name}Hint`, ["title"]),
        `layout.${name}`,
      ),
    ),
  );
  text(layoutSelect, "toolbar.layout", ["aria-label"]);
  /** A button whose label (aria-label and title) and, unless fixed, text follow the language. */
  const button = (label: MessageKey, shown: MessageKey | string, testid: string, onclick: () => void) => {
    const element = text(h("button", { "data-testid": testid, onclick }), label, ["aria-label", "title"]);
    return isMessageKey(shown) ? text(element, shown) : (element.append(shown), element);
  };
  const toolbar = h(
    "div",
    { class: "toolbar graph-toolbar", role: "toolbar" },
    h(
      "label",
      { class: "inline" },
      text(h("span", { class: "wide-only" }), "toolbar.layout"),
      " ",
      layoutSelect,
    ),
    button("toolbar.fitLabel", "toolbar.fit", "fit", controls.fit),
    button("toolbar.zoomIn", "+", "zoom-in", () => controls.zoomBy(1.25)),
    button("toolbar.zoomOut", "−", "zoom-out", () => controls.zoomBy(0.8)),
    button("toolbar.resetLabel", "toolbar.reset", "reset", () => void actions().reset()),
    button("toolbar.legendLabel", "toolbar.legend", "toggle-legend", controls.toggleLegend),
    // Sharing and exports: one row that scrolls sideways on a phone (phone.css), in line on a desktop.
    h(
      "span",
      { class: "share-export" },
      parts.copyLink ?? null,
      text(
        h(
          "span",
          { class: "export", role: "group" },
          text(h("span", { class: "wide-only" }), "toolbar.export"),
          EXPORT_FORMATS.map((format) =>
            button(
              EXPORT_LABELS[format],
              format === "brief" ? "export.briefShort" : (EXPORT_TEXTS[format] ?? format.toUpperCase()),
              `export-${format}`,
              () => controls.exportAs(format),
            ),
          ),
        ),
        "toolbar.export",
        ["aria-label"],
      ),
    ),
  );
  text(toolbar, "a11y.graphControls", ["aria-label"]);
  const graphSection = h(
    "section",
    { class: "graph-view" },
    parts.welcome ?? null,
    toolbar,
    parts.timeBar,
    h(
      "div",
      { class: "canvas-wrap" },
      parts.legendHost,
      h("div", { class: "cy-area" }, parts.cyHost, parts.status, parts.changes),
    ),
    parts.outline,
  );
  text(graphSection, "tab.graph", ["aria-label"]);
  // The first thing Tab reaches: past the toolbars to the graph as text.
  const skipLink = text(
    h("a", {
      class: "skip-link",
      href: "#graph-outline",
      "data-testid": "skip-link",
      onclick: (event: Event) => {
        event.preventDefault();
        if (store.get().view.tab !== "graph") void actions().setView("graph");
        document.getElementById("graph-outline")?.focus();
      },
    }),
    "a11y.skip",
  );
  root.append(
    skipLink,
    h(
      "header",
      { class: "topbar" },
      text(h("h1", {}), "title"),
      text(h("nav", { class: "tabs", role: "tablist" }, [...tabs.values()]), "a11y.views", ["aria-label"]),
      parts.search,
      languageButton,
    ),
    parts.banner,
    parts.releaseNotice ?? "",
    parts.linkNotice ?? "",
    h("main", { class: "main" }, graphSection, parts.matrixSection, parts.querySection, parts.panel),
    parts.footer ?? "",
  );
  return watch(
    store,
    (state) => [state.view.tab, state.view.layout, state.view.language],
    () => {
      const { tab: view, layout, language } = store.get().view;
      for (const [name, tab] of tabs) tab.setAttribute("aria-selected", name === view ? "true" : "false");
      graphSection.hidden = view !== "graph";
      parts.matrixSection.hidden = view !== "matrix";
      parts.querySection.hidden = view !== "query";
      layoutSelect.value = layout;
      languageButton.textContent = `${language.toUpperCase()} → ${language === "en" ? "NO" : "EN"}`;
      languageButton.setAttribute("aria-label", t(language, "language.switch"));
      for (const { element, key, attributes } of translated) {
        if (attributes) for (const attribute of attributes) element.setAttribute(attribute, t(language, key));
        else element.textContent = t(language, key);
      }
      document.documentElement.lang = langOf(language);
      document.title = t(language, "document.title");
    },
    sameItems,
  );
}

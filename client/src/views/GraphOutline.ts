/**
 * The graph as text: one list item per visible node with its type and
 * its visible relationships in words, so that a screen-reader or keyboard user can read what the
 * canvas draws and open any node's panel. It reads the model and the filters from the store, so
 * it follows filters, expand/collapse and the date (asOf) the way the canvas does.
 */
import type { Actions } from "@core/app/actions.ts";
import { type AppState, type Explorer, filtersOf } from "@core/app/state.ts";
import type { GraphModel, GraphNode, Language } from "@core/graph/index.ts";
import { edgeVisible, labelOf, nodeVisible } from "@core/graph/utils.ts";
import type { Filters } from "@core/graph/vocabulary.ts";
import { t } from "@core/i18n/index.ts";
import { relationName, typeName } from "@core/i18n/vocabulary.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { clear, h } from "./dom.ts";

/** The list's accessible name: a contract (tests and assistive-technology users find it by it). */
export const OUTLINE_LABEL = "Graph outline";
export const OUTLINE_ID = "graph-outline";

/** One visible node and its visible relationships, worded from this node's side. */
export interface OutlineEntry {
  readonly node: GraphNode;
  readonly links: readonly string[];
}

/** What the canvas shows, in reading order (by name), with each link worded in `language`. */
export function outlineEntries(model: GraphModel, filters: Filters, language: Language): OutlineEntry[] {
  const shown = [...model.nodes.values()].filter((node) => nodeVisible(node, filters));
  const shownIds = new Set(shown.map((node) => node.id));
  const links = new Map<string, string[]>(shown.map((node) => [node.id, []]));
  const name = (id: string) => {
    const node = model.nodes.get(id);
    return node ? labelOf(node, language) : id;
  };
  for (const edge of model.edges.values()) {
    if (!shownIds.has(edge.source) || !shownIds.has(edge.target) || !edgeVisible(edge, filters)) continue;
    const relation = `${edge.conflict ? "⚠ " : ""}${relationName(edge.type, language)}`;
    links.get(edge.source)?.push(`${relation} ${name(edge.target)}`);
    links
      .get(edge.target)
      ?.push(
        t(language, "outline.incoming").replace("{other}", name(edge.source)).replace("{relation}", relation),
      );
  }
  return shown
    .map((node) => ({ node, links: links.get(node.id) ?? [] }))
    .sort((a, b) => labelOf(a.node, language).localeCompare(labelOf(b.node, language)));
}

/**
 * Mounts the outline into `host`: a heading with a show/hide button and the list. Hidden only
 * visually when collapsed (screen readers always have it); focusing an item opens the section.
 */
export function mountGraphOutline(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  host.id = `${OUTLINE_ID}-section`;
  host.classList.add("graph-outline", "collapsed");
  const toggle = h("button", {
    id: `${OUTLINE_ID}-toggle`,
    class: "outline-toggle",
    "aria-expanded": "false",
    "aria-controls": OUTLINE_ID,
    "data-testid": "outline-toggle",
    onclick: () => setOpen(host.classList.contains("collapsed")),
  });
  const list = h("ul", {
    id: OUTLINE_ID,
    class: "outline-list",
    "aria-label": OUTLINE_LABEL,
    "data-testid": "graph-outline",
    tabindex: "-1",
  });
  const setOpen = (open: boolean) => {
    host.classList.toggle("collapsed", !open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  // A keyboard user tabbing into a collapsed outline must see where the focus is.
  list.addEventListener("focusin", (event) => {
    setOpen(true);
    const item = event.target instanceof HTMLElement ? event.target.closest("li") : null;
    if (item) rove(item.getAttribute("data-node-id"));
  });
  list.addEventListener("keydown", (event) => {
    const next = moveTarget(list, event.key);
    if (!next) return;
    event.preventDefault();
    rove(next.closest("li")?.getAttribute("data-node-id") ?? null);
    next.focus();
  });
  /**
   * Roving tabindex: the list is one stop in the tab order (the last item used, else the selected
   * node, else the first); arrow keys, Home and End move within it.
   */
  let current: string | null = null;
  const rove = (id: string | null) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>("li > button.outline-node")];
    const target =
      buttons.find((button) => button.closest("li")?.getAttribute("data-node-id") === id) ?? buttons[0];
    current = target?.closest("li")?.getAttribute("data-node-id") ?? null;
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
  };
  host.append(toggle, list);
  const render = (state: AppState) => {
    const { language } = state.view;
    // Redrawing must not drop a keyboard user's place: the focused node keeps the focus.
    const focused = list.contains(document.activeElement)
      ? document.activeElement?.closest("li")?.getAttribute("data-node-id")
      : null;
    const entries = outlineEntries(explorer.model, filtersOf(state.view), language);
    toggle.textContent = t(language, "outline.heading").replace("{count}", String(entries.length));
    clear(list);
    for (const { node, links } of entries) {
      const type = typeName(node.type, language);
      const said = links.length > 0 ? links.join("; ") : t(language, "outline.noLinks");
      list.append(
        h(
          "li",
          { "data-node-id": node.id },
          h(
            "button",
            {
              class: "outline-node",
              "data-testid": `outline-${node.id}`,
              onclick: () => actions.select(node.id),
            },
            h("strong", {}, labelOf(node, language)),
            ` (${type})`,
          ),
          h("span", { class: "outline-links" }, ` ${said}`),
        ),
      );
    }
    markSelected(state.view.selected);
    rove(focused ?? current ?? state.view.selected);
    if (focused) list.querySelector<HTMLElement>(`li[data-node-id="${CSS.escape(focused)}"] button`)?.focus();
  };
  const markSelected = (selected: string | null) => {
    for (const item of list.children) {
      const button = item.querySelector("button");
      if (!button) continue;
      if (item.getAttribute("data-node-id") === selected) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
  };
  const stopSelection = watch(explorer.store, (state) => state.view.selected, markSelected);
  const stopList = watch(
    explorer.store,
    (state) => [
      state.revision,
      state.view.hiddenNodeTypes,
      state.view.hiddenEdgeTypes,
      state.view.showInferred,
      state.view.language,
    ],
    (_, state) => render(state),
    sameItems,
  );
  return () => {
    stopSelection();
    stopList();
  };
}

/** The item a navigation key moves the focus to, or null when the key is not one of them. */
function moveTarget(list: HTMLElement, key: string): HTMLButtonElement | null {
  const buttons = [...list.querySelectorAll<HTMLButtonElement>("li > button.outline-node")];
  const active = document.activeElement;
  const at = active instanceof HTMLButtonElement ? buttons.indexOf(active) : -1;
  switch (key) {
    case "ArrowDown":
    case "ArrowRight":
      return buttons[Math.min(at + 1, buttons.length - 1)] ?? null;
    case "ArrowUp":
    case "ArrowLeft":
      return buttons[Math.max(at - 1, 0)] ?? null;
    case "Home":
      return buttons[0] ?? null;
    case "End":
      return buttons.at(-1) ?? null;
    default:
      return null;
  }
}

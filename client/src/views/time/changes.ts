/**
 * Compare mode's views: the list of what started and ended between the two dates beside the
 * canvas, and the colours that mark them on it. They render from the store.
 */
import type { Actions } from "@core/app/actions.ts";
import type { Explorer } from "@core/app/state.ts";
import { type GraphNode, labelOf } from "@core/graph/index.ts";
import type { Messages } from "@core/i18n/en.ts";
import { panelText } from "@core/i18n/index.ts";
import { relationName } from "@core/i18n/vocabulary.ts";
import { sameItems, watch } from "@core/store/store.ts";
import type { Change, Comparison } from "@core/time/types.ts";
import type { Core } from "cytoscape";
import { clear, h } from "../dom.ts";

/** The list of changes beside the canvas in compare mode, with the colours' meaning. */
export function mountChanges(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  return watch(
    explorer.store,
    (state) => [state.time.comparison, state.view.language],
    () => {
      clear(host);
      const t = panelText(explorer.store.get().view.language).time;
      const { comparison } = explorer.store.get().time;
      host.hidden = comparison === null;
      if (comparison) host.append(...changesList(t, comparison, explorer, actions));
    },
    sameItems,
  );
}

function changesList(
  t: Messages["time"],
  comparison: Comparison,
  explorer: Explorer,
  actions: Actions,
): HTMLElement[] {
  const language = explorer.store.get().view.language;
  // Ends not drawn on the canvas are named from the changes themselves: a body that started, or
  // the ends the server sends with a relationship's change (an area of responsibility, say).
  const listed = new Map(
    comparison.changes.flatMap((change) => [
      ...(change.node ? [[change.node.id, change.node] as const] : []),
      ...change.edgeEnds.map((end) => [end.id, end] as const),
    ]),
  );
  const name = (id: string): string => {
    const node: GraphNode | undefined = explorer.model.nodes.get(id) ?? listed.get(id);
    return node ? labelOf(node, language) : id;
  };
  const describe = (change: Change): string => {
    if (change.node) return labelOf(change.node, language);
    if (change.edge)
      return `${name(change.edge.source)} —${relationName(change.edge.type, language)}→ ${name(change.edge.target)}`;
    return "";
  };
  return [
    h(
      "div",
      { class: "changes-head" },
      h("h3", {}, t.changes(comparison.from, comparison.to)),
      // On a phone this sheet covers the graph: it closes on its own, as every sheet does.
      h(
        "button",
        {
          class: "close",
          "aria-label": t.compareOff,
          title: t.compareOff,
          "data-testid": "changes-close",
          onclick: () => void actions.setCompareTo(null),
        },
        "×",
      ),
    ),
    h(
      "p",
      { class: "compare-key" },
      h("span", { class: "swatch started" }),
      ` ${t.legendStarted(comparison.to)} `,
      h("br"),
      h("span", { class: "swatch ended" }),
      ` ${t.legendEnded(comparison.from)}`,
    ),
    comparison.changes.length === 0
      ? h("p", { class: "muted" }, t.noChanges)
      : h(
          "ol",
          { class: "changes", "data-testid": "changes-list" },
          comparison.changes.map((change) => {
            const id = change.node?.id ?? change.edge?.id ?? "";
            return h(
              "li",
              {
                class: `change ${change.kind}`,
                "data-testid": "change",
                "data-kind": change.kind,
                "data-id": id,
              },
              h("time", {}, change.date),
              " ",
              h(
                "span",
                { class: `mark mark-${change.kind}` },
                change.kind === "started" ? t.started : t.ended,
              ),
              " ",
              h(
                "button",
                {
                  class: "link",
                  onclick: () => void actions.show(change.node?.id ?? change.edge?.source ?? id),
                },
                describe(change),
              ),
            );
          }),
        ),
  ];
}

/** Colours the canvas in compare mode: what started in one colour, what ended in another. */
export function mountComparisonColours(cy: Core, explorer: Explorer): () => void {
  return watch(
    explorer.store,
    (state) => [state.time.comparison, state.revision],
    () => {
      const { comparison } = explorer.store.get().time;
      cy.batch(() => {
        cy.elements().removeClass("started ended");
        if (!comparison) return;
        cy.elements().forEach((element) => {
          const id = element.id();
          if (comparison.started.has(id)) element.addClass("started");
          else if (comparison.ended.has(id)) element.addClass("ended");
        });
      });
    },
    sameItems,
  );
}

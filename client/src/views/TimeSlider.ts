/**
 * The time slider over the graph's timeline: draws the graph as of the chosen day, and in compare
 * mode a second day with what started and ended between them coloured on the canvas and listed
 * beside it. It renders from the store and changes dates only through actions.
 */
import type { Actions } from "@core/app/actions.ts";
import type { Explorer } from "@core/app/state.ts";
import { type GraphNode, labelOf } from "@core/graph/index.ts";
import type { Messages } from "@core/i18n/en.ts";
import { panelText } from "@core/i18n/index.ts";
import { relationName } from "@core/i18n/vocabulary.ts";
import { sameItems, watch } from "@core/store/store.ts";
import type { Change, Comparison } from "@core/time/types.ts";
import { stopsOf, today } from "@core/time/utils.ts";
import type { Core } from "cytoscape";
import { clear, h } from "./dom.ts";

/** The slider's text in the view's language, set at each render (rendering is synchronous). */
let t: Messages["time"] = panelText("en").time;

export function mountTimeSlider(host: HTMLElement, x: Explorer, actions: Actions): () => void {
  if (x.store.get().time.timeline.phase === "idle") void actions.loadTimeline();
  return watch(
    x.store,
    (state) => [
      state.time.timeline,
      state.time.notice,
      state.view.asOf,
      state.view.compareTo,
      state.view.language,
    ],
    () => render(host, x, actions),
    sameItems,
  );
}

function render(host: HTMLElement, x: Explorer, actions: Actions): void {
  clear(host);
  const { time, view } = x.store.get();
  t = panelText(view.language).time;
  const days = time.timeline.phase === "ready" ? time.timeline.days : [];
  const stops = stopsOf(days, view.asOf, view.compareTo);
  host.append(
    h(
      "div",
      { class: "time-controls" },
      slider(t.label, t.slider, "asof", stops, view.asOf, (day) => void actions.setAsOf(day)),
      h(
        "label",
        { class: "check compare-toggle" },
        h("input", {
          type: "checkbox",
          "data-testid": "compare-toggle",
          checked: view.compareTo !== null,
          onchange: (event: Event) => {
            const on = event.target instanceof HTMLInputElement && event.target.checked;
            void actions.setCompareTo(on ? defaultCompareDay(stops, view.asOf) : null);
          },
        }),
        ` ${t.compareOn}`,
      ),
      view.compareTo !== null
        ? slider(
            t.compare,
            t.compareSlider,
            "compare",
            stops.filter((day) => day !== null),
            view.compareTo,
            (day) => {
              if (day) void actions.setCompareTo(day);
            },
          )
        : null,
      time.timeline.phase === "loading" ? h("span", { class: "muted" }, t.loadingTimeline) : null,
      time.timeline.phase === "ready" && days.length === 0
        ? h("span", { class: "muted", "data-testid": "no-timeline" }, t.noTimeline)
        : null,
      time.timeline.phase === "failed" ? h("span", { class: "error" }, time.timeline.message) : null,
    ),
  );
  if (time.notice)
    host.append(h("p", { class: "error notice", role: "alert", "data-testid": "asof-error" }, time.notice));
}

/** Compare with the earliest other stop: the widest view of what changed. */
function defaultCompareDay(stops: readonly (string | null)[], asOf: string | null): string {
  const other = stops.find((day): day is string => day !== null && day !== asOf);
  return other ?? today();
}

function slider(
  label: string,
  ariaLabel: string,
  name: string,
  stops: readonly (string | null)[],
  value: string | null,
  onPick: (day: string | null) => void,
): HTMLElement {
  const shown = (day: string | null | undefined) => (day === null || day === undefined ? t.today : day);
  const index = Math.max(0, stops.indexOf(value));
  const output = h("output", { class: "time-value", "data-testid": `${name}-value` }, shown(stops[index]));
  const input = h("input", {
    type: "range",
    min: 0,
    max: Math.max(0, stops.length - 1),
    step: 1,
    value: index,
    "aria-label": ariaLabel,
    "aria-valuetext": shown(stops[index]),
    "data-testid": `${name}-slider`,
    disabled: stops.length < 2,
    // While dragging only the label follows; the graph is redrawn once, on release.
    oninput: () => {
      const day = shown(stops[Number(input.value)]);
      output.textContent = day;
      input.setAttribute("aria-valuetext", day);
    },
    onchange: () => onPick(stops[Number(input.value)] ?? null),
  });
  return h("label", { class: "time-slider" }, h("span", {}, label), input, output);
}

/** The list of changes beside the canvas in compare mode, with the colours' meaning. */
export function mountChanges(host: HTMLElement, x: Explorer, actions: Actions): () => void {
  return watch(
    x.store,
    (state) => [state.time.comparison, state.view.language],
    () => {
      clear(host);
      t = panelText(x.store.get().view.language).time;
      const { comparison } = x.store.get().time;
      host.hidden = comparison === null;
      if (comparison) host.append(...changesList(comparison, x, actions));
    },
    sameItems,
  );
}

function changesList(comparison: Comparison, x: Explorer, actions: Actions): HTMLElement[] {
  const language = x.store.get().view.language;
  // Ends not drawn on the canvas are named from the changes themselves: a body that started, or
  // the ends the server sends with a relationship's change (an area of responsibility, say).
  const listed = new Map(
    comparison.changes.flatMap((change) => [
      ...(change.node ? [[change.node.id, change.node] as const] : []),
      ...change.edgeEnds.map((end) => [end.id, end] as const),
    ]),
  );
  const name = (id: string): string => {
    const node: GraphNode | undefined = x.model.nodes.get(id) ?? listed.get(id);
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
export function mountComparisonColours(cy: Core, x: Explorer): () => void {
  return watch(
    x.store,
    (state) => [state.time.comparison, state.revision],
    () => {
      const { comparison } = x.store.get().time;
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

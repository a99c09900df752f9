/**
 * Parts of the time slider: the year ticks under the scale, the typed date, and the marks on
 * bodies whose start is not known when the date lies before the timeline begins.
 */
import type { Explorer } from "@core/app/state.ts";
import type { Messages } from "@core/i18n/en.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { fractionOf, type Scale, yearTicks } from "@core/time/scale.ts";
import { isDay } from "@core/time/utils.ts";
import type { Core, NodeSingular } from "cytoscape";
import { h } from "../dom.ts";

/** Labels a narrow scale can hold without crowding (a phone's), and a wide one. */
const NARROW_LABELS = 4;
const WIDE_LABELS = 8;

/** CSS left of a point of the scale: the range input's thumb centre travels inside its width. */
const at = (fraction: number) => `calc(var(--thumb) / 2 + (100% - var(--thumb)) * ${fraction.toFixed(5)})`;

/** A tick at each 1 January and one at today, under the range input; the input carries the value. */
export function ticks(scale: Scale, today: string, t: Messages["time"]): HTMLElement {
  const narrow = window.matchMedia("(max-width: 700px)").matches;
  return h(
    "span",
    { class: "time-ticks", "aria-hidden": "true", "data-testid": "time-ticks" },
    // A labelled tick shows its year through CSS (attr(data-year)): the input speaks the date.
    yearTicks(scale, narrow ? NARROW_LABELS : WIDE_LABELS).map((tick) =>
      h("span", {
        class: `year-tick${tick.labelled ? " labelled" : ""}`,
        style: `left: ${at(tick.fraction)}`,
        "data-testid": "year-tick",
        "data-year": tick.year,
      }),
    ),
    h("span", {
      class: "today-tick",
      style: `left: ${at(fractionOf(scale, today))}`,
      title: t.today,
      "data-testid": "today-tick",
    }),
  );
}

/**
 * The date typed or picked. Chromium's date field changes its value at each digit of the year
 * (0002, 0020 …): a date is taken once its year has four digits, or on Enter.
 */
export function dateEntry(t: Messages["time"], value: string, onPick: (day: string) => void): HTMLElement {
  const input = h("input", {
    type: "date",
    value,
    min: "1000-01-01",
    "aria-label": t.dateEntryLabel,
    "data-testid": "asof-date",
  });
  const take = (force: boolean) => {
    const day = input.value;
    const valid = isDay(day) && day >= "1000-01-01";
    input.setAttribute("aria-invalid", valid || (!force && day === "") ? "false" : "true");
    if (valid && day !== value) onPick(day);
  };
  input.addEventListener("change", () => take(false));
  input.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key === "Enter") take(true);
  });
  return h("label", { class: "date-entry" }, h("span", {}, t.dateEntry), input);
}

/** True when the date lies before the timeline's first day. */
export function beforeTimeline(asOf: string | null, timeline: readonly string[]): boolean {
  const first = timeline[0];
  return asOf !== null && first !== undefined && asOf < first;
}

/** Marks the nodes with no known start date while the date lies before the timeline begins. */
export function mountUndatedMarks(cy: Core, explorer: Explorer): () => void {
  return watch(
    explorer.store,
    (state) => [state.view.asOf, state.time.timeline, state.revision],
    () => {
      const { view, time } = explorer.store.get();
      const days = time.timeline.phase === "ready" ? time.timeline.days : [];
      const before = beforeTimeline(view.asOf, days);
      cy.batch(() => {
        cy.nodes().forEach((node: NodeSingular) => {
          const known = explorer.model.nodes.get(node.id())?.validFrom;
          node.toggleClass("undated", before && !known);
        });
      });
    },
    sameItems,
  );
}

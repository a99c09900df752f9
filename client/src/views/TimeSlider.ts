/**
 * The time slider over the graph's timeline: a chronological scale (each stop where its date
 * falls, today among them, a tick each year), a typed date, and keys that step from stop to stop
 * (arrows) or by a year (Page Up/Down). Before the timeline begins, the bodies whose start is not
 * known are marked and said to be. It renders from the store and changes dates only through actions.
 */
import type { Actions } from "@core/app/actions.ts";
import type { Explorer } from "@core/app/state.ts";
import type { Messages } from "@core/i18n/en.ts";
import { panelText, t as tr } from "@core/i18n/index.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { dayNumber, dayOf, nearestStop, type Scale, scaleOf, stepStop, stepYear } from "@core/time/scale.ts";
import { isDay, today } from "@core/time/utils.ts";
import { clear, h } from "./dom.ts";
import { beforeTimeline, dateEntry, ticks } from "./time/scaleParts.ts";

export { mountChanges, mountComparisonColours } from "./time/changes.ts";
export { mountUndatedMarks } from "./time/scaleParts.ts";

export function mountTimeSlider(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  if (explorer.store.get().time.timeline.phase === "idle") void actions.loadTimeline();
  return watch(
    explorer.store,
    (state) => [
      state.time.timeline,
      state.time.notice,
      state.view.asOf,
      state.view.compareTo,
      state.view.language,
    ],
    () => {
      // Redrawing replaces the controls: the one that had the focus gets it back.
      const active = document.activeElement;
      const focused = active instanceof HTMLElement && host.contains(active) ? active.dataset.testid : null;
      render(host, explorer, actions);
      if (focused) host.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
    },
    sameItems,
  );
}

function render(host: HTMLElement, explorer: Explorer, actions: Actions): void {
  clear(host);
  const { time, view } = explorer.store.get();
  const t = panelText(view.language).time;
  const days = time.timeline.phase === "ready" ? time.timeline.days : [];
  const now = today();
  const scale = scaleOf(days, now, view.asOf, view.compareTo);
  // The slider speaks of today as null: a link without a date follows the calendar.
  const dated = (day: string): string | null => (day === now ? null : day);
  const disabled = time.timeline.phase !== "ready" || days.length === 0;
  host.append(
    h(
      "div",
      { class: "time-controls" },
      slider(t, t.label, t.slider, "asof", scale, view.asOf ?? now, disabled, (day) => {
        void actions.setAsOf(dated(day));
      }),
      dateEntry(t, view.asOf ?? now, (day) => void actions.setAsOf(dated(day))),
      h(
        "label",
        { class: "check compare-toggle" },
        h("input", {
          type: "checkbox",
          "data-testid": "compare-toggle",
          checked: view.compareTo !== null,
          onchange: (event: Event) => {
            const on = event.target instanceof HTMLInputElement && event.target.checked;
            void actions.setCompareTo(on ? defaultCompareDay(scale, view.asOf ?? now) : null);
          },
        }),
        ` ${t.compareOn}`,
      ),
      view.compareTo !== null
        ? slider(t, t.compare, t.compareSlider, "compare", scale, view.compareTo, disabled, (day) => {
            void actions.setCompareTo(day);
          })
        : null,
      time.timeline.phase === "loading" ? h("span", { class: "muted" }, t.loadingTimeline) : null,
      time.timeline.phase === "ready" && days.length === 0
        ? h("span", { class: "muted", "data-testid": "no-timeline" }, t.noTimeline)
        : null,
      // A timeline that failed to load (a busy server) can be asked for again.
      time.timeline.phase === "failed"
        ? h(
            "span",
            { class: "error" },
            `${time.timeline.message} `,
            h(
              "button",
              { type: "button", "data-testid": "timeline-retry", onclick: () => void actions.loadTimeline() },
              tr(view.language, "banner.retry"),
            ),
          )
        : null,
    ),
  );
  if (time.notice)
    host.append(h("p", { class: "error notice", role: "alert", "data-testid": "asof-error" }, time.notice));
  const first = days[0];
  if (first && beforeTimeline(view.asOf, days))
    host.append(
      h(
        "p",
        { class: "notice undated-notice", role: "status", "data-testid": "undated-notice" },
        t.undated(first),
      ),
    );
}

/** Compare with the earliest other stop: the widest view of what changed. */
function defaultCompareDay(scale: Scale, current: string): string {
  return scale.stops.find((day) => day !== current) ?? today();
}

/** The key's step from `day`, or null for a key the slider leaves alone. */
function keyStep(scale: Scale, day: string, key: string): string | null {
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      return stepStop(scale, day, -1);
    case "ArrowRight":
    case "ArrowUp":
      return stepStop(scale, day, 1);
    case "PageDown":
      return stepYear(scale, day, -1);
    case "PageUp":
      return stepYear(scale, day, 1);
    case "Home":
      return scale.first;
    case "End":
      return scale.last;
    default:
      return null;
  }
}

function slider(
  t: Messages["time"],
  label: string,
  ariaLabel: string,
  name: string,
  scale: Scale,
  value: string,
  disabled: boolean,
  onPick: (day: string) => void,
): HTMLElement {
  const now = today();
  const shown = (day: string) => (day === now ? t.today : day);
  // The spoken value names today's date too: "today" alone says nothing of where it falls.
  const spoken = (day: string) => (day === now ? `${t.today} (${day})` : day);
  const start = dayNumber(scale.first);
  const output = h("output", { class: "time-value", "data-testid": `${name}-value` }, shown(value));
  const input = h("input", {
    type: "range",
    min: 0,
    max: Math.max(1, scale.span),
    step: 1,
    value: Math.min(Math.max(0, dayNumber(value) - start), scale.span),
    "aria-label": ariaLabel,
    "aria-valuetext": spoken(value),
    "aria-keyshortcuts": "ArrowLeft ArrowRight PageUp PageDown Home End",
    "data-testid": `${name}-slider`,
    "data-day": value,
    disabled: disabled || scale.span === 0,
  });
  const show = (day: string) => {
    input.value = String(dayNumber(day) - start);
    input.dataset.day = day;
    output.textContent = shown(day);
    input.setAttribute("aria-valuetext", spoken(day));
  };
  // While dragging, the thumb lands on the nearest stop and only the label follows; the graph
  // is redrawn once, on release.
  input.addEventListener("input", () => show(nearestStop(scale, dayOf(start + Number(input.value)))));
  input.addEventListener("change", () => {
    const day = input.dataset.day;
    if (day && isDay(day) && day !== value) onPick(day);
  });
  input.addEventListener("keydown", (event: KeyboardEvent) => {
    const day = keyStep(scale, input.dataset.day ?? value, event.key);
    if (day === null) return;
    event.preventDefault();
    show(day);
    if (day !== value) onPick(day);
  });
  return h(
    "label",
    { class: "time-slider" },
    h("span", {}, label),
    h("span", { class: "time-scale" }, input, ticks(scale, now, t)),
    output,
  );
}

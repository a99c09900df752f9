/**
 * The graph view kept whole as the window around it changes: refitted when the window is resized,
 * and when compare mode's list of changes opens over the canvas (fitted beside it, camera.ts).
 * Focus that a closing panel would drop to `<body>` goes back to the control that opened it.
 */
import type { Explorer } from "@core/app/state.ts";
import { highlightOf } from "@core/trace/index.ts";
import type { GraphView } from "./GraphView.ts";

/** Fits what the view is about: the trace's paths when there is one, else every visible node. */
function refit(explorer: Explorer, canvas: GraphView): void {
  const { view, trace } = explorer.store.get();
  if (view.tab !== "graph") return;
  canvas.fit(trace ? [...highlightOf(trace, view.traceSdg).nodes] : [], false);
}

const TEXT_ENTRY =
  'textarea, [contenteditable="true"], input:not([type="checkbox"], [type="radio"], [type="range"])';

export function mountRefit(
  explorer: Explorer,
  canvas: GraphView,
  covers: readonly HTMLElement[],
): () => void {
  let frame = 0;
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => refit(explorer, canvas));
  };
  // A phone's on-screen keyboard resizes the window while one types: no refit under the fingers.
  const typing = () => document.activeElement?.matches(TEXT_ENTRY) ?? false;
  const onResize = () => {
    if (!typing()) later();
  };
  window.addEventListener("resize", onResize);
  // A cover that appears hides part of the graph: fit it into what is left.
  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.target instanceof HTMLElement && !record.target.hidden)) later();
  });
  for (const cover of covers) observer.observe(cover, { attributes: true, attributeFilter: ["hidden"] });
  return () => {
    window.removeEventListener("resize", onResize);
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}

type Thing = "selected" | "trace" | "path";
const THINGS: readonly Thing[] = ["selected", "trace", "path"];

const isOpen = (explorer: Explorer, thing: Thing): boolean => {
  const state = explorer.store.get();
  if (thing === "path") return state.path.phase !== "idle";
  return state.view[thing] !== null;
};

const usable = (element: HTMLElement | null): element is HTMLElement =>
  element !== null && element.isConnected && element !== document.body && element.getClientRects().length > 0;

/**
 * Remembers which control opened the panel, the trace or the path, and when closing it leaves
 * focus nowhere (its close button gone), puts focus back there, or on the canvas.
 */
export function mountFocusReturn(explorer: Explorer, fallback: HTMLElement): () => void {
  let lastFocused: HTMLElement | null = null;
  const onFocus = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement && event.target !== document.body) lastFocused = event.target;
  };
  document.addEventListener("focusin", onFocus);
  const openers = new Map<Thing, HTMLElement | null>();
  const was = new Map(THINGS.map((thing) => [thing, isOpen(explorer, thing)]));
  const stop = explorer.store.subscribe(() => {
    for (const thing of THINGS) {
      const open = isOpen(explorer, thing);
      if (open === was.get(thing)) continue;
      was.set(thing, open);
      if (open) {
        const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        openers.set(thing, usable(active) ? active : lastFocused);
        continue;
      }
      const opener = openers.get(thing) ?? null;
      openers.delete(thing);
      // After the views have redrawn: only then is it known whether focus was dropped.
      requestAnimationFrame(() => {
        const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        if (usable(active)) return;
        (usable(opener) ? opener : fallback).focus();
      });
    }
  });
  return () => {
    stop();
    document.removeEventListener("focusin", onFocus);
  };
}

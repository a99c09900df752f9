/**
 * The introduction above the first view: one line on what the explorer is for and three starting
 * points, each a button a keyboard reaches. Shown while the canvas holds just the first tree, until
 * the reader hides it or goes anywhere else.
 */
import type { Actions } from "@core/app/actions.ts";
import type { AppState, Explorer } from "@core/app/state.ts";
import { STARTS, type Start, WELCOME } from "@core/i18n/welcome.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { clear, h } from "./dom.ts";

/** The year the third starting point asks about, as a day the graph can be drawn as of. */
const PAST_DAY = "2015-06-30";

export function mountWelcome(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  let dismissed = false;
  const go: Record<Start, () => Promise<void>> = {
    trace: () => actions.traceFrom("helsenorge"),
    matrix: () => actions.setView("matrix"),
    past: async () => {
      await actions.setAsOf(PAST_DAY);
      await actions.show("helsenorge");
    },
  };
  const render = (state: AppState) => {
    clear(host);
    host.hidden = dismissed || !state.treeOnly || state.view.tab !== "graph" || state.view.selected !== null;
    if (host.hidden) return;
    const text = WELCOME[state.view.language];
    host.append(
      h("p", { class: "welcome-purpose", "data-testid": "welcome-purpose" }, text.purpose),
      h(
        "ul",
        { class: "welcome-starts", "aria-label": text.label },
        STARTS.map((start) =>
          h(
            "li",
            {},
            h("button", { "data-testid": `start-${start}`, onclick: () => void go[start]() }, text[start]),
          ),
        ),
      ),
      h(
        "button",
        {
          class: "link small welcome-close",
          "aria-label": text.close,
          title: text.close,
          onclick: () => {
            dismissed = true;
            render(explorer.store.get());
          },
        },
        "×",
      ),
    );
  };
  return watch(
    explorer.store,
    (state) => [state.view.language, state.treeOnly, state.view.tab, state.view.selected],
    (_, state) => render(state),
    sameItems,
  );
}

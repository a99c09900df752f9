/**
 * Says what the opening link named that the graph does not hold (an unknown node, trace or root)
 * and what is shown instead, rather than a blank canvas and a silently rewritten address.
 */
import type { Explorer } from "@core/app/state.ts";
import { t, tf } from "@core/i18n/index.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { clear, h } from "./dom.ts";

export function mountLinkNotice(host: HTMLElement, explorer: Explorer): () => void {
  return watch(
    explorer.store,
    (state) => [state.linkNotice, state.view.language] as const,
    ([notice, language]) => {
      clear(host);
      host.hidden = notice === null;
      if (!notice) return;
      const ids = notice.missing.map((id) => `“${id}”`).join(", ");
      host.append(
        h(
          "span",
          { "data-testid": "link-notice-text" },
          tf(language, notice.instead === "default" ? "link.notFoundDefault" : "link.notFound", { ids }),
        ),
        " ",
        h(
          "button",
          { "data-testid": "link-notice-dismiss", onclick: () => explorer.store.set({ linkNotice: null }) },
          t(language, "link.dismiss"),
        ),
      );
    },
    sameItems,
  );
}

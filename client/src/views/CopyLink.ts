/**
 * The Copy-link button: puts the link of the view as it is (every node's position, the
 * viewport, the date, the filters) on the clipboard and says so in a live region, for screen
 * readers as for everyone.
 */
import type { Explorer } from "@core/app/state.ts";
import { t } from "@core/i18n/index.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { shareUrl } from "@core/url-state/index.ts";
import { h } from "./dom.ts";

type Outcome = "copied" | "failed" | null;

export function mountCopyLink(host: HTMLElement, explorer: Explorer): () => void {
  let outcome: Outcome = null;
  const button = h("button", { type: "button", "data-testid": "copy-link" });
  const said = h("span", { class: "copy-status", role: "status", "data-testid": "copy-link-status" });
  const render = () => {
    const { language } = explorer.store.get().view;
    button.textContent = t(language, "share.copy");
    button.setAttribute("aria-label", t(language, "share.copyLabel"));
    button.title = t(language, "share.copyLabel");
    said.textContent =
      outcome === "copied"
        ? t(language, "share.copied")
        : outcome === "failed"
          ? t(language, "share.copyFailed")
          : "";
  };
  button.addEventListener("click", () => {
    const link = shareUrl(explorer.store.get().view, window.location);
    outcome = null;
    render();
    navigator.clipboard.writeText(link).then(
      () => {
        outcome = "copied";
        render();
      },
      () => {
        outcome = "failed";
        render();
      },
    );
  });
  host.append(button, said);
  return watch(explorer.store, (state) => [state.view.language], render, sameItems);
}

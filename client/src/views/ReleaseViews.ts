/**
 * The data release at the foot of the page, and the notice an older shared link gets: how many
 * corrections came since the release it was made with, and what each changed. A reference work
 * that changes silently cannot be cited, so the reader is told, once, and may dismiss it.
 */
import type { Actions } from "@core/app/actions.ts";
import type { Explorer } from "@core/app/state.ts";
import type { Language } from "@core/graph/vocabulary.ts";
import { t, tf } from "@core/i18n/index.ts";
import type { Correction } from "@core/release/index.ts";
import { sameItems, watch } from "@core/store/store.ts";
import { clear, h } from "./dom.ts";

/** A correction's field as words: "properties.inferredAddition" reads "inferred addition". */
export function fieldWords(field: string): string {
  return field
    .replace(/^properties\./, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

/**
 * One correction as a line of the notice or of a fact's panel. The log's own texts (the values
 * and the reason) are English: each is marked lang="en", the values quoted as English quotations,
 * so a Norwegian line neither puts English in « » nor calls its Norwegian words English.
 */
export function correctionItem(correction: Correction, language: Language): HTMLElement {
  const values: Readonly<Record<string, string>> = {
    field: fieldWords(correction.field),
    date: correction.date,
    release: correction.release,
  };
  const english: Readonly<Record<string, string>> = {
    was: correction.was || "—",
    now: correction.now || "—",
    why: correction.why,
  };
  // The template's own quotation marks give way to the quotation element's.
  const template = t(language, "release.correctionLine").replace(/[«“]\{(was|now)\}[»”]/g, "{$1}");
  const parts = template.split(/(\{\w+\})/).map((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    if (key === undefined) return part;
    const text = english[key];
    if (text === undefined) return values[key] ?? part;
    return key === "why" ? h("span", { lang: "en" }, text) : h("q", { lang: "en" }, text);
  });
  return h(
    "li",
    { "data-testid": "correction", "data-item": correction.item, lang: language === "no" ? "nb" : "en" },
    language === "no" ? h("span", { class: "muted" }, `${t(language, "source.quoteInEnglish")} `) : null,
    ...parts,
  );
}

export function mountReleaseFooter(host: HTMLElement, explorer: Explorer): () => void {
  return watch(
    explorer.store,
    (state) => [state.release.current, state.view.language] as const,
    ([current, language]) => {
      host.hidden = current === null;
      host.textContent =
        current === null
          ? ""
          : tf(language, "release.footer", {
              version: current.version,
              date: current.date,
              count: current.correctionCount,
            });
    },
    sameItems,
  );
}

export function mountReleaseNotice(host: HTMLElement, explorer: Explorer, actions: Actions): () => void {
  return watch(
    explorer.store,
    (state) => [state.release.notice, state.view.language] as const,
    ([notice, language]) => {
      clear(host);
      host.hidden = notice === null;
      if (notice === null) return;
      const since =
        notice.since === null
          ? t(language, "release.noticeBefore")
          : tf(language, "release.noticeRelease", { version: notice.since });
      host.append(
        h(
          "p",
          { "data-testid": "release-notice-text" },
          tf(language, "release.notice", { since, count: notice.corrections.length }),
          " ",
          h(
            "button",
            {
              "data-testid": "release-notice-dismiss",
              "aria-label": t(language, "release.dismissLabel"),
              onclick: () => actions.dismissReleaseNotice(),
            },
            t(language, "release.dismiss"),
          ),
        ),
        h(
          "ul",
          { class: "corrections", "data-testid": "release-notice-list" },
          notice.corrections.map((correction) => correctionItem(correction, language)),
        ),
      );
    },
    sameItems,
  );
}

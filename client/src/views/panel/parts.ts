/** Pieces every details panel uses: its header with a close button, a type badge, a source list. */
import { inkOn, type SourceRef, styleOf, typeLabel } from "@core/graph/index.ts";
import { descriptionOf } from "@core/graph/utils.ts";
import type { Language } from "@core/graph/vocabulary.ts";
import { t } from "@core/i18n/index.ts";
import { h } from "../dom.ts";

/**
 * The node's description in the view's language, marked (and tagged with its `lang`, for screen
 * readers) where the other language's text stands in for a missing one.
 */
export function descriptionParagraph(
  node: Parameters<typeof descriptionOf>[0],
  language: Language,
): HTMLElement | null {
  const shown = descriptionOf(node, language);
  if (!shown) return null;
  const fallback = shown.language !== language;
  return h(
    "p",
    { class: "description", lang: shown.language === "no" ? "nb" : "en", "data-testid": "node-description" },
    shown.text,
    fallback
      ? h(
          "span",
          {
            class: "muted",
            lang: language === "no" ? "nb" : "en",
            "data-testid": "description-other-language",
          },
          ` ${t(language, "description.otherLanguage")}`,
        )
      : null,
  );
}

export function sourcesList(sources: readonly SourceRef[]): HTMLElement {
  if (sources.length === 0) return h("p", { class: "muted" }, "No source recorded.");
  return h(
    "ul",
    { class: "sources", "data-testid": "sources" },
    sources.map((source) =>
      h(
        "li",
        { "data-document": source.document },
        source.url
          ? h("a", { href: source.url, target: "_blank", rel: "noopener" }, source.title)
          : h("cite", {}, source.title),
        h("span", { class: "section" }, ` — ${source.section}`),
        h("span", { class: "source-meta", "data-testid": "source-meta" }),
      ),
    ),
  );
}

export function header(
  title: string,
  onClose: () => void,
  closeLabel = "Close the details panel",
): HTMLElement {
  return h(
    "div",
    { class: "panel-header" },
    h("h2", { "data-testid": "panel-title" }, title),
    h(
      "button",
      {
        class: "icon",
        "aria-label": closeLabel,
        "data-testid": "panel-close",
        onclick: onClose,
      },
      "×",
    ),
  );
}

export function typeBadge(type: string): HTMLElement {
  const { color } = styleOf(type);
  return h("span", { class: "badge", style: `background:${color};color:${inkOn(color)}` }, typeLabel(type));
}

/** Adds publisher and date to every cited document in `root` (the registry arrives apart). */
export function citeDocuments(
  root: HTMLElement,
  documents: ReadonlyMap<string, { readonly publisher: string; readonly date: string }>,
): void {
  for (const item of root.querySelectorAll<HTMLElement>("[data-document]")) {
    const document = documents.get(item.dataset.document ?? "");
    const meta = item.querySelector(".source-meta");
    if (document && meta) meta.textContent = ` (${document.publisher}, ${document.date})`;
  }
}

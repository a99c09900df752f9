/** Pieces every details panel uses: its header with a close button, a type badge, a source list. */
import { inkOn, type Language, type SourceRef, styleOf } from "@core/graph/index.ts";
import { descriptionOf, langOf, type ShownDescription } from "@core/graph/utils.ts";
import { t } from "@core/i18n/index.ts";
import { typeName } from "@core/i18n/vocabulary.ts";
import { citation, safeUrl } from "@core/trace/evidence.ts";
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
    { class: "description", lang: langOf(shown.language), "data-testid": "node-description" },
    shown.text,
    fallback
      ? h(
          "span",
          {
            class: "muted",
            lang: langOf(language),
            "data-testid": "description-other-language",
          },
          ` ${t(language, "description.otherLanguage")}`,
        )
      : null,
  );
}

/**
 * A text shown in the view's language or standing in for it (a reason), after a space, tagged with
 * the language it is written in for screen readers.
 */
export function shownText(shown: ShownDescription): HTMLElement {
  return h("span", { lang: langOf(shown.language) }, ` ${shown.text}`);
}

/**
 * A node's or relationship's sources in its panel: the same citations as the evidence and path
 * panels, each item tagged with its document so that its publisher and date can be added.
 */
export function sourcesList(sources: readonly SourceRef[], language: Language = "en"): HTMLElement {
  return citationList(sources, {
    language,
    empty: t(language, "panel.noSource"),
    linkAttributes: () => ({ title: t(language, "panel.openSource") }),
    withDocumentMeta: true,
  });
}

/**
 * Sources cited in full (document — section — ¶), each linked where it has a safe url: the one
 * renderer for the node, edge, evidence and path panels. `linkAttributes` names the link for the
 * reader's language.
 */
export function citationList(
  sources: readonly SourceRef[],
  options: {
    /** The view's language: a quote in another language is marked as such. */
    readonly language: Language;
    readonly empty: string;
    readonly linkAttributes: (source: SourceRef) => Record<string, string>;
    /** Tag each item with its document and leave room for its publisher and date. */
    readonly withDocumentMeta?: boolean;
  },
): HTMLElement {
  if (sources.length === 0) return h("p", { class: "muted" }, options.empty);
  return h(
    "ul",
    { class: "sources", "data-testid": "sources" },
    sources.map((source) => {
      const url = safeUrl(source.url);
      const text = citation(source);
      return h(
        "li",
        options.withDocumentMeta ? { "data-document": source.document } : {},
        url
          ? h(
              "a",
              { href: url, target: "_blank", rel: "noopener noreferrer", ...options.linkAttributes(source) },
              text,
            )
          : h("cite", {}, text),
        quoteOf(source, options.language),
        options.withDocumentMeta ? h("span", { class: "source-meta", "data-testid": "source-meta" }) : null,
      );
    }),
  );
}

/**
 * The document's own words for the fact, quoted in the document's language: `<q lang="en">` takes
 * English quotation marks and English pronunciation even in a Norwegian view, and a Norwegian
 * reader is told the words are English rather than led to take them for the Norwegian text.
 */
function quoteOf(source: SourceRef, language: Language): HTMLElement | null {
  if (!source.quote) return null;
  const quoteLanguage = source.language ?? "en";
  const foreign = quoteLanguage !== langOf(language) && !(quoteLanguage === "no" && language === "no");
  return h(
    "span",
    { class: "source-quote", title: t(language, "source.quoteLabel") },
    " ",
    h("q", { lang: quoteLanguage, "data-testid": "source-quote" }, source.quote),
    foreign
      ? h("span", { class: "muted", lang: langOf(language) }, ` ${t(language, "source.quoteInEnglish")}`)
      : null,
  );
}

export function header(title: string, onClose: () => void, closeLabel = t("en", "panel.close")): HTMLElement {
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

export function typeBadge(type: string, language: Language = "en"): HTMLElement {
  const { color } = styleOf(type);
  return h(
    "span",
    { class: "badge", style: `background:${color};color:${inkOn(color)}` },
    typeName(type, language),
  );
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

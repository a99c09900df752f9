/**
 * What a view shows, as a title and as a file name: `norway-ehealth-helsenorge-2015-01-01.svg`
 * says the subject and the day, where `ehealth-graph.svg` said neither and every download of a
 * session overwrote the last.
 */
import type { Language } from "../graph/vocabulary.ts";
import { EXPORT_FRAME } from "../i18n/exportFrame.ts";
import type { ViewState } from "../url-state/types.ts";

export interface ExportSubject {
  /** The picture's title, in the interface language. */
  readonly title: string;
  /** The file name's middle: ids are already lowercase slugs. */
  readonly slug: string;
}

type Shown = Pick<ViewState, "path" | "trace" | "selected" | "expanded" | "nodes" | "root">;

/** The node a view is about: the one selected, else the first expanded or listed one. */
function focusOf(view: Shown): string | null {
  if (view.selected && !view.selected.includes("|")) return view.selected;
  return view.expanded[0]?.id ?? view.nodes[0] ?? null;
}

export function exportSubjectOf(
  view: Shown,
  nameOf: (id: string) => string,
  language: Language,
): ExportSubject {
  const words = EXPORT_FRAME[language];
  if (view.path) {
    const [from, to] = view.path;
    return { title: words.path(nameOf(from), nameOf(to)), slug: `${from}-to-${to}` };
  }
  if (view.trace) return { title: words.trace(nameOf(view.trace)), slug: `${view.trace}-to-sdgs` };
  const focus = focusOf(view);
  if (focus) return { title: words.around(nameOf(focus)), slug: focus };
  return { title: words.tree(nameOf(view.root)), slug: `${view.root}-tree` };
}

const safe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** `norway-ehealth-<subject>-<day>[-<part>].<extension>`; the day is the one drawn. */
export function exportFileNameOf(
  subject: ExportSubject,
  day: string,
  extension: string,
  part: string | null = null,
): string {
  const name = ["norway-ehealth", safe(subject.slug), day, part].filter(Boolean).join("-");
  return `${name}.${extension}`;
}

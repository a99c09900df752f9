/** The frame's words for a view: its subject, the day drawn (and the day compared), the data release, the types drawn. */
import { styleOf } from "../graph/styles.ts";
import type { Language } from "../graph/vocabulary.ts";
import { EXPORT_FRAME } from "../i18n/exportFrame.ts";
import { typeName } from "../i18n/vocabulary.ts";
import type { FrameText } from "./frame.ts";
import type { ExportSubject } from "./subject.ts";

export function frameTextOf(options: {
  readonly subject: ExportSubject;
  readonly language: Language;
  /** The day drawn, written out (never "today": the file is read on another day). */
  readonly day: string;
  readonly compareTo: string | null;
  readonly release: string | null;
  /** The node types drawn. */
  readonly types: Iterable<string>;
}): FrameText {
  const words = EXPORT_FRAME[options.language];
  const title = `${words.product}: ${options.subject.title}`;
  const date = options.compareTo
    ? `${words.asOf(options.day)}, ${words.compared(options.compareTo)}`
    : words.asOf(options.day);
  const release = options.release ? words.release(options.release) : words.releaseUnknown;
  const legend = [...new Set(options.types)]
    .map((type) => ({ label: typeName(type, options.language), colour: styleOf(type).color }))
    .sort((a, b) => a.label.localeCompare(b.label, options.language === "no" ? "nb" : "en"));
  return {
    title,
    lines: [date, release],
    legendTitle: words.legend,
    legend,
    keyTitle: words.key,
    description: `${title}. ${date}. ${release}.`,
  };
}

/** The list of queries run in this browser (newest first); picking one puts it back in the editor. */
import {
  addToHistory,
  browserStorage,
  type HistoryEntry,
  historyTitle,
  loadHistory,
  localRunTime,
  saveHistory,
} from "@core/query/history.ts";
import { clear, h } from "../dom.ts";

export interface HistoryText {
  readonly empty: string;
  readonly open: string;
  /** The locale run times are written in (the interface language's). */
  readonly locale: string;
}

export function renderHistory(
  host: HTMLElement,
  entries: readonly HistoryEntry[],
  text: HistoryText,
  onOpen: (entry: HistoryEntry) => void,
): void {
  clear(host);
  if (entries.length === 0) {
    host.append(h("p", { class: "muted" }, text.empty));
    return;
  }
  host.append(
    h(
      "ol",
      { class: "history-list" },
      entries.map((entry) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              class: "link",
              title: text.open,
              "data-testid": "history-entry",
              onclick: () => onOpen(entry),
            },
            historyTitle(entry.query),
          ),
          h("span", { class: "muted small" }, ` ${localRunTime(entry.at, text.locale)}`),
          entry.variables.trim()
            ? h("code", { class: "small" }, ` ${entry.variables.replace(/\s+/g, " ")}`)
            : null,
        ),
      ),
    ),
  );
}

/** The history toggle's pane: records each run and lists the runs kept in this browser. */
export class HistoryPane {
  readonly element = h("div", { class: "history-host", "data-testid": "query-history", hidden: true });

  constructor(
    private readonly text: () => HistoryText,
    private readonly onOpen: (entry: HistoryEntry) => void,
  ) {}

  toggle(): void {
    this.element.hidden = !this.element.hidden;
    if (!this.element.hidden) this.show(loadHistory(browserStorage()));
  }

  record(query: string, variables: string): void {
    const storage = browserStorage();
    const history = addToHistory(loadHistory(storage), { query, variables, at: new Date().toISOString() });
    saveHistory(storage, history);
    if (!this.element.hidden) this.show(history);
  }

  private show(entries: readonly HistoryEntry[]): void {
    renderHistory(this.element, entries, this.text(), (entry) => {
      this.element.hidden = true;
      this.onOpen(entry);
    });
  }
}

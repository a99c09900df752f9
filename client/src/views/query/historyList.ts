/** The list of queries run in this browser (newest first); picking one puts it back in the editor. */
import { type HistoryEntry, historyTitle } from "@core/query/history.ts";
import { clear, h } from "../dom.ts";

export interface HistoryText {
  readonly empty: string;
  readonly open: string;
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
          h("span", { class: "muted small" }, ` ${entry.at.slice(0, 16).replace("T", " ")}`),
          entry.variables.trim()
            ? h("code", { class: "small" }, ` ${entry.variables.replace(/\s+/g, " ")}`)
            : null,
        ),
      ),
    ),
  );
}

/** The query result as a table, and the Cypher the server ran: plain elements, redrawn per run. */
import type { CypherStatement } from "@core/api/index.ts";
import { resultToTables } from "@core/query/index.ts";
import { h } from "../dom.ts";

/** Every list in the result as its own table, captioned with where it sits. */
export function resultTable(data: unknown): HTMLElement {
  const tables = resultToTables(data);
  if (tables.length === 0) return h("p", { class: "muted" }, "Nothing to tabulate.");
  return h(
    "div",
    { class: "table-wrap" },
    tables.map((table) =>
      h(
        "table",
        { class: "result-table", "data-testid": "result-table", "data-title": table.title },
        table.title ? h("caption", {}, `${table.title} (${table.rows.length})`) : null,
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            table.columns.map((column) => h("th", { scope: "col" }, column)),
          ),
        ),
        h(
          "tbody",
          {},
          table.rows.map((row) =>
            h(
              "tr",
              {},
              table.columns.map((column) => h("td", {}, row[column] ?? "")),
            ),
          ),
        ),
      ),
    ),
  );
}

export function cypherList(statements: readonly CypherStatement[]): HTMLElement {
  if (statements.length === 0) {
    return h(
      "p",
      { class: "muted", "data-testid": "result-cypher-empty" },
      "The server reported no Cypher for this query.",
    );
  }
  return h(
    "div",
    { "data-testid": "result-cypher" },
    statements.map((statement, index) =>
      h(
        "section",
        { class: "cypher" },
        h("h4", {}, `Statement ${index + 1}`),
        h("pre", {}, statement.query),
        h("h4", {}, "Parameters"),
        h("pre", {}, JSON.stringify(statement.params, null, 2)),
      ),
    ),
  );
}

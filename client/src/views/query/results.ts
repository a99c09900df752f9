/** The query result as a table, and the Cypher the server ran: plain elements, redrawn per run. */
import type { CypherStatement } from "@core/api/index.ts";
import type { Language } from "@core/graph/index.ts";
import { t, tf } from "@core/i18n/index.ts";
import { resultToTables } from "@core/query/index.ts";
import { h } from "../dom.ts";

/** Every list in the result as its own table, captioned with where it sits. */
export function resultTable(data: unknown, language: Language): HTMLElement {
  const tables = resultToTables(data);
  if (tables.length === 0) return h("p", { class: "muted" }, t(language, "query.noTable"));
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

export function cypherList(statements: readonly CypherStatement[], language: Language): HTMLElement {
  if (statements.length === 0) {
    return h("p", { class: "muted", "data-testid": "result-cypher-empty" }, t(language, "query.noCypher"));
  }
  return h(
    "div",
    { "data-testid": "result-cypher" },
    statements.map((statement, index) =>
      h(
        "section",
        { class: "cypher" },
        h("h4", {}, tf(language, "query.statement", { n: index + 1 })),
        h("pre", {}, statement.query),
        h("h4", {}, t(language, "query.parameters")),
        h("pre", {}, JSON.stringify(statement.params, null, 2)),
      ),
    ),
  );
}

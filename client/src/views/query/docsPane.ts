/**
 * The schema docs beside the editor, loaded with it: a search over type and field names, then one
 * type at a time with every field described (a derived description where the schema has none).
 */
import { fieldDescription, searchSchema } from "@core/query/docs.ts";
import {
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";
import { clear, h } from "../dom.ts";

export interface DocsText {
  readonly search: string;
  readonly noMatch: string;
}

function typeRef(type: GraphQLType, onType: (name: string) => void): HTMLElement {
  const name = getNamedType(type).name;
  return h("button", { class: "link", onclick: () => onType(name) }, String(type));
}

function typePage(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  show: (name: string) => void,
): HTMLElement[] {
  // Back to the root type, named as the schema names it (a type name, the same in every language).
  const root = schema.getQueryType()?.name ?? "Query";
  const back =
    type.name !== root ? h("button", { class: "link", onclick: () => show(root) }, `← ${root}`) : null;
  const fields = isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
  const inputFields = isInputObjectType(type) ? Object.values(type.getFields()) : [];
  return [
    ...(back ? [back] : []),
    h("h3", { "data-testid": "docs-type" }, type.name),
    h("p", { class: "muted" }, type.description ?? ""),
    h(
      "dl",
      {},
      fields.flatMap((field) => [
        h(
          "dt",
          { "data-field": field.name },
          field.name,
          field.args.length ? `(${field.args.map((a) => `${a.name}: ${a.type}`).join(", ")})` : "",
          ": ",
          typeRef(field.type, show),
        ),
        h("dd", { "data-testid": "docs-field-description" }, fieldDescription(type, field, schema)),
      ]),
      inputFields.flatMap((field) => [
        h("dt", { "data-field": field.name }, field.name, ": ", typeRef(field.type, show)),
        h("dd", {}, field.description ?? ""),
      ]),
    ),
  ];
}

/** The docs browser: Query's fields first, any type by clicking its name or finding it by search. */
export function docsExplorer(schema: GraphQLSchema, text: DocsText): HTMLElement {
  const page = h("div", { class: "docs-page" });
  const found = h("ul", { class: "docs-matches", "data-testid": "docs-matches", hidden: true });
  const show = (name: string, field?: string) => {
    const type = schema.getType(name);
    if (!type) return;
    clear(page);
    page.append(...typePage(schema, type, show));
    // A field found by search: bring its entry into view rather than leaving it to scrolling.
    if (field)
      page.querySelector(`dt[data-field="${CSS.escape(field)}"]`)?.scrollIntoView({ block: "center" });
  };
  const search = h("input", {
    type: "search",
    class: "docs-search",
    placeholder: text.search,
    "aria-label": text.search,
    "data-testid": "docs-search",
    oninput: () => {
      const matches = searchSchema(schema, search.value);
      clear(found);
      found.hidden = search.value.trim() === "";
      if (found.hidden) return;
      if (matches.length === 0) found.append(h("li", { class: "muted" }, text.noMatch));
      for (const match of matches) {
        found.append(
          h(
            "li",
            {},
            h(
              "button",
              {
                class: "link",
                "data-testid": "docs-match",
                onclick: () => show(match.type, match.field),
              },
              match.field ? `${match.type}.${match.field}` : match.type,
            ),
          ),
        );
      }
    },
  });
  show(schema.getQueryType()?.name ?? "Query");
  return h("div", { class: "docs", "data-testid": "docs" }, search, found, page);
}

/**
 * The GraphQL editor, loaded lazily: CodeMirror 6 with cm6-graphql, schema-aware completion,
 * linting and hover info from the server's introspection, plus a small docs browser.
 */
import { autocompletion, closeBrackets } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { lintGutter } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { request } from "@core/api/index.ts";
import { graphql as graphqlLanguage } from "cm6-graphql";
import {
  buildClientSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";
import { clear, h } from "../dom.ts";

export interface QueryEditor {
  getValue(): string;
  setValue(text: string): void;
  focus(): void;
}

export async function loadSchema(): Promise<GraphQLSchema> {
  const response = await request<IntrospectionQuery>(getIntrospectionQuery());
  if (!response.data) throw new Error(response.errors?.[0]?.message ?? "Introspection failed");
  return buildClientSchema(response.data);
}

export function createEditor(
  host: HTMLElement,
  text: string,
  schema: GraphQLSchema | undefined,
  onRun: () => void,
  onChange: (text: string) => void,
): QueryEditor {
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        EditorView.lineWrapping,
        history(),
        bracketMatching(),
        closeBrackets(),
        autocompletion(),
        lintGutter(),
        syntaxHighlighting(defaultHighlightStyle),
        graphqlLanguage(schema),
        keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({
          "aria-label": "GraphQL query editor",
          "data-testid": "query-editor",
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    getValue: () => view.state.doc.toString(),
    setValue: (value) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } }),
    focus: () => view.focus(),
  };
}

function typeRef(type: { toString(): string }, onType: (name: string) => void): HTMLElement {
  const name =
    (getNamedType(type as Parameters<typeof getNamedType>[0]) as { name?: string } | undefined)?.name ??
    String(type);
  return h("button", { class: "link", onclick: () => onType(name) }, String(type));
}

/** A docs browser: Query's fields first, then any type by clicking its name. */
export function docsExplorer(schema: GraphQLSchema): HTMLElement {
  const root = h("div", { class: "docs", "data-testid": "docs" });
  const show = (name: string) => {
    const type: GraphQLNamedType | undefined | null = schema.getType(name);
    clear(root);
    if (!type) return;
    const back =
      name !== "Query" ? h("button", { class: "link", onclick: () => show("Query") }, "← Query") : null;
    const fields: GraphQLField<unknown, unknown>[] =
      isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : [];
    const inputFields = isInputObjectType(type) ? Object.values(type.getFields()) : [];
    root.append(
      back ?? "",
      h("h3", {}, type.name),
      type.description ? h("p", { class: "muted" }, type.description) : "",
      h(
        "dl",
        {},
        fields.flatMap((field) => [
          h(
            "dt",
            {},
            field.name,
            field.args.length ? `(${field.args.map((a) => `${a.name}: ${a.type}`).join(", ")})` : "",
            ": ",
            typeRef(field.type, show),
          ),
          h("dd", {}, field.description ?? ""),
        ]),
        inputFields.flatMap((field) => [
          h("dt", {}, field.name, ": ", typeRef(field.type, show)),
          h("dd", {}, field.description ?? ""),
        ]),
      ),
    );
  };
  show("Query");
  return root;
}

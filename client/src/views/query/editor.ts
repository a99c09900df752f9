/**
 * The GraphQL editor, loaded lazily: CodeMirror 6 with cm6-graphql, schema-aware completion,
 * linting and hover info from the server's introspection, the docs browser and prettify.
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
  type GraphQLSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  parse,
  print,
} from "graphql";

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

/** graphql-js's own printer: the layout GraphiQL's prettify gives, comments aside. */
export function prettify(text: string): string {
  return print(parse(text));
}

export { docsExplorer } from "./docsPane.ts";

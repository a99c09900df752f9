/** The variables pane under the editor: JSON text, checked as it is typed and before each run. */
import { type ParsedVariables, parseVariables } from "@core/query/variables.ts";
import { h } from "../dom.ts";

export interface VariablesText {
  readonly title: string;
  readonly label: string;
  readonly invalid: string;
}

export class VariablesPane {
  readonly element: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly problem = h("p", {
    class: "error small",
    role: "alert",
    "data-testid": "variables-error",
    hidden: true,
  });

  constructor(private readonly text: VariablesText) {
    this.input = h("textarea", {
      class: "variables-input",
      rows: 3,
      spellcheck: "false",
      placeholder: '{ "id": "helsedirektoratet" }',
      "aria-label": text.label,
      "data-testid": "query-variables",
      oninput: () => this.check(),
    });
    this.element = h(
      "details",
      { class: "variables-pane", open: true },
      h("summary", {}, text.title),
      this.input,
      this.problem,
    );
  }

  get value(): string {
    return this.input.value;
  }

  set value(text: string) {
    this.input.value = text;
    this.check();
  }

  /** Parses the pane and shows or clears the reason it is not usable. */
  check(): ParsedVariables {
    const parsed = parseVariables(this.input.value);
    this.problem.hidden = parsed.ok;
    this.problem.textContent = parsed.ok ? "" : `${this.text.invalid} ${parsed.message}`;
    this.input.setAttribute("aria-invalid", parsed.ok ? "false" : "true");
    if (!parsed.ok) this.element.setAttribute("open", "");
    return parsed;
  }
}

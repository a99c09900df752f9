/** The variables pane under the editor: JSON text, checked as it is typed and before each run. */
import type { Language } from "@core/graph/index.ts";
import { t } from "@core/i18n/index.ts";
import { type ParsedVariables, parseVariables } from "@core/query/variables.ts";
import { h, translated } from "../dom.ts";

export class VariablesPane {
  readonly element: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly problem = h("p", {
    class: "error small",
    role: "alert",
    "data-testid": "variables-error",
    hidden: true,
  });

  constructor(
    private readonly language: () => Language,
    private readonly onChange: (text: string) => void = () => undefined,
  ) {
    this.input = translated(
      h("textarea", {
        class: "variables-input",
        rows: 3,
        spellcheck: "false",
        placeholder: '{ "id": "helsedirektoratet" }',
        "data-testid": "query-variables",
        oninput: () => {
          this.check();
          this.onChange(this.input.value);
        },
      }),
      language(),
      { "aria-label": "query.variablesLabel" },
    );
    this.element = h(
      "details",
      { class: "variables-pane", open: true },
      translated(h("summary"), language(), { text: "query.variables" }),
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
    this.onChange(text);
  }

  /** Parses the pane and shows or clears the reason it is not usable. */
  check(): ParsedVariables {
    const parsed = parseVariables(this.input.value);
    this.problem.hidden = parsed.ok;
    this.problem.textContent = parsed.ok
      ? ""
      : `${t(this.language(), "query.variablesInvalid")} ${parsed.message}`;
    this.input.setAttribute("aria-invalid", parsed.ok ? "false" : "true");
    if (!parsed.ok) this.element.setAttribute("open", "");
    return parsed;
  }
}

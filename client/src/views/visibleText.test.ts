/**
 * Every string a user can see in the explorer comes from the interface dictionaries (lang=no translates every visible string). This scans the views' source for text
 * literals placed where they become visible — children of `h(…)`, the attributes a screen reader
 * or a tooltip shows, `textContent` and friends — and fails on any that bypass `t(…)` / `panelText`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const VIEWS = import.meta.dirname;

/** Attributes whose value is read out or shown: a literal here is interface text. */
const VISIBLE_ATTRIBUTES = new Set([
  "title",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "placeholder",
  "alt",
  "label",
]);
/** DOM properties whose assignment shows text. */
const VISIBLE_PROPERTIES = new Set([
  "textContent",
  "innerText",
  "title",
  "placeholder",
  "ariaLabel",
  "label",
]);
/** Methods whose string arguments become text nodes. */
const TEXT_METHODS = new Set(["append", "prepend", "replaceChildren", "createTextNode"]);

/**
 * Literals that are not words of either language: format names, symbols, and the code a user
 * types into the query editor. Each entry is matched against the whole literal.
 */
const NOT_TEXT: readonly RegExp[] = [
  /^[^\p{L}]*$/u, // punctuation, arrows, numbers, spaces, "×", "¶", "⚠ "
  /^[A-Z_]{2,}$/, // codes and acronyms: "ERROR", "EN", "NO", "PNG"
  /^\s*\{.*\}\s*$/, // a JSON example in the variables pane
];

/** Functions whose string arguments are keys, selectors or data rather than text. */
const NOT_TEXT_CALLS = new Set(["h", "t", "tf", "say", "isMessageKey", "Error", "describeError", "watch"]);

/** Prose: a capitalised word, or two words. */
const PROSE = /^\s*\p{Lu}\p{Ll}|\p{L}+\s+\p{L}+/u;

interface VisibleLiteral {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function literalsIn(node: ts.Node, out: ts.Node[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    out.push(node);
    return;
  }
  if (ts.isTemplateExpression(node)) {
    out.push(node.head, ...node.templateSpans.map((span) => span.literal));
    for (const span of node.templateSpans) literalsIn(span.expression, out);
    return;
  }
  // A call's arguments are its own business (t("key"), h(…) is visited on its own).
  if (ts.isCallExpression(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return;
  // In `a === "b" ? x : y` the compared literal is data, not text.
  if (ts.isBinaryExpression(node) && node.operatorToken.kind !== ts.SyntaxKind.PlusToken) {
    if (
      node.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
      node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      literalsIn(node.right, out);
      if (node.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) literalsIn(node.left, out);
    }
    return;
  }
  if (ts.isConditionalExpression(node)) {
    literalsIn(node.whenTrue, out);
    literalsIn(node.whenFalse, out);
    return;
  }
  ts.forEachChild(node, (child) => literalsIn(child, out));
}

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

/** The literals in `source` that a user would see. */
function visibleLiterals(file: string, source: string): VisibleLiteral[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === "h") {
        const [, attributes, ...children] = node.arguments;
        for (const child of children) literalsIn(child, found);
        if (attributes && ts.isObjectLiteralExpression(attributes))
          for (const property of attributes.properties)
            if (ts.isPropertyAssignment(property)) {
              const name = propertyName(property.name);
              if (name && VISIBLE_ATTRIBUTES.has(name)) literalsIn(property.initializer, found);
            }
      } else if (ts.isIdentifier(callee) && !NOT_TEXT_CALLS.has(callee.text)) {
        // A text helper of the view (row("Type", …)): a prose argument is interface text.
        for (const argument of node.arguments)
          if (ts.isStringLiteral(argument) && PROSE.test(argument.text)) found.push(argument);
      } else if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        if (TEXT_METHODS.has(method)) for (const argument of node.arguments) literalsIn(argument, found);
        const [name, value] = node.arguments;
        if (
          method === "setAttribute" &&
          name &&
          value &&
          ts.isStringLiteral(name) &&
          VISIBLE_ATTRIBUTES.has(name.text)
        )
          literalsIn(value, found);
      }
    }
    // A default label (closeLabel = "Close") is shown whenever the caller leaves it out.
    if (
      ts.isParameter(node) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      PROSE.test(node.initializer.text)
    )
      found.push(node.initializer);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      VISIBLE_PROPERTIES.has(node.left.name.text)
    )
      literalsIn(node.right, found);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found
    .map((node) => ({
      file,
      line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: ts.isTemplateLiteralToken(node) || ts.isStringLiteralLike(node) ? node.text : node.getText(),
    }))
    .filter(({ text }) => !NOT_TEXT.some((pattern) => pattern.test(text)));
}

function viewFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return viewFiles(path);
    return /(?<!\.test)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe("visible text in client/src/views", () => {
  it("all comes from the interface dictionaries", () => {
    const files = viewFiles(VIEWS);
    expect(files.length).toBeGreaterThan(20);
    const literals = files.flatMap((path) =>
      visibleLiterals(relative(VIEWS, path), readFileSync(path, "utf8")),
    );
    expect(literals.map(({ file, line, text }) => `${file}:${line} ${JSON.stringify(text)}`)).toEqual([]);
  });
});

describe("the visible-text scan", () => {
  it("flags text in children, shown attributes, textContent and default labels", () => {
    const source = [
      'h("p", { title: "Open it", "data-testid": "x" }, "Hello there", cond ? "Yes" : "No");',
      'element.textContent = "Loading…";',
      'function header(label = "Close the panel") {}',
      'row("Type", value);',
    ].join("\n");
    expect(
      visibleLiterals("sample.ts", source)
        .map(({ text }) => text)
        .sort(),
    ).toEqual(["Close the panel", "Hello there", "Loading…", "No", "Open it", "Type", "Yes"]);
  });

  it("lets dictionary keys, test ids, codes and symbols through", () => {
    const source = [
      'h("button", { "data-testid": "run-query", class: "primary" }, t(language, "query.run"), " ▶", "×");',
      'h("span", {}, `${count} → ${other}`, "PNG");',
      'say("strength.most direct");',
    ].join("\n");
    expect(visibleLiterals("sample.ts", source)).toEqual([]);
  });
});

/**
 * Runs every GraphQL example in docs/api.md against the real app and checks its `# expect:`
 * lines, so the documentation cannot drift from the API.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useApp } from "./harness.ts";

interface Example {
  readonly query: string;
  readonly expectations: readonly { path: string; value: unknown }[];
}

function examples(markdown: string): Example[] {
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
    const block = match[1] ?? "";
    const expectations = [...block.matchAll(/^# expect: (\S+) contains (.+)$/gm)].map((line) => ({
      path: line[1] ?? "",
      value: JSON.parse(line[2] ?? "null") as unknown,
    }));
    return { query: block, expectations };
  });
}

/** Values at a dotted path where `name[]` flattens a list: `a[].b` → every b of every a. */
function valuesAt(data: unknown, path: string): unknown[] {
  let current: unknown[] = [data];
  for (const part of path.split(".")) {
    const list = part.endsWith("[]");
    const key = list ? part.slice(0, -2) : part;
    current = current.flatMap((value) => {
      const next = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
      return list && Array.isArray(next) ? next : [next];
    });
  }
  return current;
}

describe("docs/api.md examples", () => {
  const api = useApp();
  const all = examples(readFileSync("docs/api.md", "utf8"));

  it("has examples, each with an expectation", () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const example of all) expect(example.expectations.length).toBeGreaterThan(0);
  });

  it.each(all.map((example, index) => [index + 1, example] as const))(
    "example %i answers as documented",
    async (_n, example) => {
      const { status, body } = await api.graphql(example.query);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      for (const { path, value } of example.expectations) {
        expect(valuesAt(body.data, path), path).toContain(value);
      }
    },
  );
});

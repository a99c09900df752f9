/**
 * The layer rules (.dependency-cruiser.cjs) must actually bite: an import that points up is
 * reported under the rule's name, and an import that points down is not. The probes live in a
 * throw-away copy of the layout in the system's temporary directory, with the repository's own
 * rule and resolution files, so the test never writes into the repository (a probe left behind by
 * a killed run would fail `npm run lint` for everyone). `npm run lint` checks the real tree.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
/** What the checker reads besides the files it cruises. */
const CONFIG_FILES = [".dependency-cruiser.cjs", "tsconfig.json", "tsconfig.layers.json"];
/** Stand-ins for the modules the probes import, at their real paths. */
const TARGETS = [
  "server/app.ts",
  "seed/organisations.ts",
  "seed/validate.ts",
  "model/errorCodes.ts",
  "platform/config.ts",
];

let layout = "";

function write(path: string, source: string): string {
  mkdirSync(dirname(join(layout, path)), { recursive: true });
  writeFileSync(join(layout, path), source);
  return path;
}

function cruise(path: string): { status: number; output: string } {
  try {
    const output = execFileSync(
      join(ROOT, "node_modules", ".bin", "depcruise"),
      [
        path,
        "--config",
        ".dependency-cruiser.cjs",
        "--ts-config",
        "tsconfig.layers.json",
        "--output-type",
        "err",
      ],
      { cwd: layout, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout };
  }
}

beforeAll(() => {
  layout = mkdtempSync(join(tmpdir(), "ehealth-layers-"));
  for (const file of CONFIG_FILES) copyFileSync(join(ROOT, file), join(layout, file));
  for (const target of TARGETS) write(target, "export {};\n");
});

afterAll(() => {
  if (layout) rmSync(layout, { recursive: true, force: true });
});

describe("the layer check", () => {
  it("reports the seed importing the server", { timeout: 60_000 }, () => {
    const result = cruise(write("seed/probe.ts", 'import "#server/app.ts";\n'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("seed-points-down-only");
  });

  it("reports the explorer importing seed data rather than model/", { timeout: 60_000 }, () => {
    const result = cruise(write("client/src/probe.ts", 'import "#seed/organisations.ts";\n'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("client-is-the-top-layer");
  });

  it("reports the server importing seed data", { timeout: 60_000 }, () => {
    const result = cruise(write("server/probe.ts", 'import "#seed/organisations.ts";\n'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("no-seed-data-above-the-seed");
  });

  it("reports model/ importing the seed", { timeout: 60_000 }, () => {
    const result = cruise(write("model/probe.ts", 'import "#seed/validate.ts";\n'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("model-imports-nothing");
  });

  it("reports a tool importing the server", { timeout: 60_000 }, () => {
    const result = cruise(write("tools/probe.ts", 'import "#server/app.ts";\n'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("tools-sit-beside-the-server");
  });

  it("lets imports point down: the server to platform, the explorer to the vocabulary", {
    timeout: 60_000,
  }, () => {
    const server = cruise(write("server/probe.ts", 'import "#platform/config.ts";\n'));
    expect(server.output).toContain("no dependency violations found");
    expect(server.status).toBe(0);
    const client = cruise(write("client/src/vocabularyProbe.ts", 'import "@model/errorCodes.ts";\n'));
    expect(client.output).toContain("no dependency violations found");
    expect(client.status).toBe(0);
  });
});

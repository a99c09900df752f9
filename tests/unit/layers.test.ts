/**
 * The layer rules (.dependency-cruiser.cjs) must actually bite: a probe file that imports upwards
 * is reported, and the tree as committed has no violation. `npm run lint` runs the same check.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const probes: string[] = [];

function cruise(paths: string[]): { status: number; output: string } {
  try {
    const output = execFileSync(
      join(ROOT, "node_modules", ".bin", "depcruise"),
      [
        ...paths,
        "--config",
        ".dependency-cruiser.cjs",
        "--ts-config",
        "tsconfig.layers.json",
        "--output-type",
        "err",
      ],
      { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout };
  }
}

function probe(path: string, source: string): string {
  writeFileSync(join(ROOT, path), source);
  probes.push(path);
  return path;
}

afterEach(() => {
  for (const path of probes.splice(0)) rmSync(join(ROOT, path), { force: true });
});

describe("the layer check", () => {
  it("reports the seed importing the server", { timeout: 60_000 }, () => {
    const file = probe("seed/zzLayerProbe.ts", 'import "#server/app.ts";\n');
    const result = cruise([file]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("seed-points-down-only");
  });

  it("reports the explorer importing seed data rather than the vocabulary", { timeout: 60_000 }, () => {
    const file = probe("client/src/zzLayerProbe.ts", 'import "@model/organisations.ts";\n');
    const result = cruise([file]);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("client-shares-only-the-vocabulary");
  });

  it("reports a tool importing the server", { timeout: 60_000 }, () => {
    const file = probe("tools/zzLayerProbe.ts", 'import "#server/app.ts";\n');
    expect(cruise([file]).output).toContain("tools-sit-beside-the-server");
  });
});

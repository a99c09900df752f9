/**
 * The test hook `window.__explorer` exists only in test builds: the production bundle
 * (`npm run build:client`'s build) must not contain it, and the test build must.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildTestClient } from "./server.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function scripts(dir: string): string {
  const assets = join(dir, "assets");
  return readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => readFileSync(join(assets, name), "utf8"))
    .join("\n");
}

describe("the explorer bundle", () => {
  it("has no test hook in the production build", () => {
    const out = mkdtempSync(join(tmpdir(), "ehealth-prod-build-"));
    dirs.push(out);
    // The same command as `npm run build:client`, into a temporary folder.
    const build = spawnSync(
      process.execPath,
      [
        "node_modules/vite/bin/vite.js",
        "build",
        "--config",
        "client/vite.config.ts",
        "--outDir",
        out,
        "--emptyOutDir",
        "--logLevel",
        "warn",
      ],
      { stdio: "inherit" },
    );
    expect(build.status).toBe(0);
    const code = scripts(out);
    expect(code.length).toBeGreaterThan(1000);
    expect(code).not.toContain("__explorer");
  });

  it("has the test hook in the test build", () => {
    const out = mkdtempSync(join(tmpdir(), "ehealth-test-build-"));
    dirs.push(out);
    buildTestClient(out);
    expect(scripts(out)).toContain("__explorer");
  });
});

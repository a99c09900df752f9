/** Builds the explorer when client/dist is missing or older than the client's sources. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureClientBuilt(clientDir: string, log: (line: string) => void): void {
  const index = join(clientDir, "dist", "index.html");
  if (!existsSync(join(clientDir, "index.html"))) return;
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(clientDir)) return;
  log("Building the explorer (client/)…");
  const build = spawnSync(
    "npx",
    ["vite", "build", "--config", join(clientDir, "vite.config.ts"), "--logLevel", "warn"],
    {
      stdio: "inherit",
    },
  );
  if (build.status !== 0) throw new Error("Building the explorer failed (see the output above)");
}

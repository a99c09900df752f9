/** A tiny stand-in for client/dist (an index.html and one hashed asset) in a temporary folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const INDEX_HTML = "<!doctype html><title>explorer</title>";
export const ASSET_PATH = "/assets/app-1a2b3c.js";

export function makeClientDir(): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "client-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), INDEX_HTML);
  writeFileSync(join(dir, ASSET_PATH), "export const x = 1;");
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

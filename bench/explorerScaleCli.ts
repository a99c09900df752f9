/** Prints the explorer-at-scale Markdown section: `npx tsx bench/explorerScaleCli.ts [coseTimeoutSeconds]`. */
import { explorerScaleSection } from "./explorerScale.ts";

const seconds = Number(process.argv[2] ?? 120);
if (!Number.isFinite(seconds) || seconds < 1 || seconds > 600) {
  process.stderr.write(`the layout timeout must be 1–600 seconds, got ${process.argv[2]}\n`);
  process.exit(2);
}
process.stdout.write(await explorerScaleSection({ layoutTimeoutMs: seconds * 1000 }));

/**
 * Prints the explorer draw-time section: `npx tsx bench/explorerDrawCli.ts [runs]` (default 5).
 * CLIENT_DIST_DIR and BEFORE_CLIENT_DIST_DIR choose the builds (bench/explorerDraw.ts).
 */
import { buildsFromEnvironment, explorerDrawSection } from "./explorerDraw.ts";
import { ROOT } from "./startup.ts";

const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 5 || runs > 50) {
  process.stderr.write(`runs must be a whole number from 5 to 50, got ${process.argv[2]}\n`);
  process.exit(2);
}
process.stdout.write(
  await explorerDrawSection({
    builds: buildsFromEnvironment(ROOT),
    runs,
    log: (line) => process.stderr.write(`${line}\n`),
  }),
);

/** Prints the scale benchmark's Markdown section: `npx tsx bench/scaleCli.ts [iterations]`. */
import { scaleSection } from "./scale.ts";

const iterations = Number(process.argv[2] ?? 50);
if (!Number.isInteger(iterations) || iterations < 1 || iterations > 10_000) {
  process.stderr.write(`iterations must be an integer from 1 to 10000, got ${process.argv[2]}\n`);
  process.exit(2);
}
process.stdout.write(await scaleSection({ iterations }));

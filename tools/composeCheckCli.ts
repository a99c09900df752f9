/** `npm run lint:compose` (part of `npm run lint`): fails naming each broken promise of the Docker files. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { composeProblems } from "./composeCheck.ts";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const problems = composeProblems(
  readFileSync(resolve(ROOT, "docker-compose.yml"), "utf8"),
  readFileSync(resolve(ROOT, "Dockerfile"), "utf8"),
);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

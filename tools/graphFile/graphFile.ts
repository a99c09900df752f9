/**
 * The graph export file (`npm run export` / `npm run import`): every :Entity node and every
 * relationship between them, as JSON. This zod schema is the boundary: a file is checked whole
 * before anything is written, and each problem is named with its place in the file.
 *
 * JSON numbers are floats here, as the driver sends JavaScript numbers; properties stored as
 * Cypher INTEGERs are listed in `integerProperties` so that import writes them back as integers.
 */
import { z } from "zod";

export const GRAPH_FILE_FORMAT = "ehealth-graph-export";
export const GRAPH_FILE_VERSION = 1;

/** What Neo4j can store and JSON can carry: scalars, or homogeneous lists of them. */
const propertyValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
  z.array(z.boolean()),
]);
export type PropertyValue = z.infer<typeof propertyValueSchema>;

const propertiesSchema = z.record(z.string().min(1), propertyValueSchema);

/** Labels and types go into Cypher as `$(…)` parameters, never spliced into the query text. */
const nameSchema = z.string().min(1).max(200);

const elementFields = {
  properties: propertiesSchema,
  integerProperties: z.array(z.string().min(1)).optional(),
};

export const exportedNodeSchema = z.strictObject({
  labels: z.array(nameSchema).min(1),
  ...elementFields,
});
export type ExportedNode = z.infer<typeof exportedNodeSchema>;

export const exportedRelationshipSchema = z.strictObject({
  from: z.string().min(1),
  type: nameSchema,
  to: z.string().min(1),
  ...elementFields,
});
export type ExportedRelationship = z.infer<typeof exportedRelationshipSchema>;

/**
 * The data release the graph was seeded from and its correction log (stored beside the graph, see
 * cypher/seed/upsertRelease.cypher), so that an exported file says which data it holds. Optional:
 * files exported before releases were recorded, or from a graph seeded before, have none.
 */
export const exportedReleaseSchema = z.strictObject({
  version: z.string().min(1),
  date: z.string().min(1),
  releases: z.array(z.string().min(1)),
  /** One JSON text per correction, as stored. */
  corrections: z.array(z.string()),
});
export type ExportedRelease = z.infer<typeof exportedReleaseSchema>;

export const graphFileSchema = z
  .strictObject({
    format: z.literal(GRAPH_FILE_FORMAT),
    version: z.literal(GRAPH_FILE_VERSION),
    dataRelease: exportedReleaseSchema.optional(),
    nodes: z.array(exportedNodeSchema),
    relationships: z.array(exportedRelationshipSchema),
  })
  .superRefine((file, context) => {
    const ids = new Set<string>();
    file.nodes.forEach((node, index) => {
      const path = ["nodes", index];
      if (!node.labels.includes("Entity"))
        context.addIssue({ code: "custom", path: [...path, "labels"], message: 'must include "Entity"' });
      const id = node.properties.id;
      if (typeof id !== "string" || id === "") {
        context.addIssue({
          code: "custom",
          path: [...path, "properties", "id"],
          message: "must be a non-empty string",
        });
      } else if (ids.has(id)) {
        context.addIssue({
          code: "custom",
          path: [...path, "properties", "id"],
          message: `duplicate node id "${id}"`,
        });
      } else {
        ids.add(id);
      }
      checkIntegers(node, path, context);
    });
    file.relationships.forEach((rel, index) => {
      const path = ["relationships", index];
      for (const end of ["from", "to"] as const) {
        if (!ids.has(rel[end]))
          context.addIssue({
            code: "custom",
            path: [...path, end],
            message: `no node with id "${rel[end]}"`,
          });
      }
      checkIntegers(rel, path, context);
    });
  });
export type GraphFile = z.infer<typeof graphFileSchema>;

function checkIntegers(
  element: ExportedNode | ExportedRelationship,
  path: (string | number)[],
  context: z.RefinementCtx,
): void {
  for (const key of element.integerProperties ?? []) {
    const value = element.properties[key];
    const values = Array.isArray(value) ? value : [value];
    if (value === undefined || !values.every((v) => typeof v === "number" && Number.isSafeInteger(v)))
      context.addIssue({
        code: "custom",
        path: [...path, "integerProperties"],
        message: `"${key}" is listed as an integer but is not a (list of) safe integer(s)`,
      });
  }
}

export class GraphFileError extends Error {
  override readonly name = "GraphFileError";
}

/** Parses and validates an export file's text; throws GraphFileError naming every problem. */
export function parseGraphFile(text: string, source = "the file"): GraphFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  return validateGraphFile(json, source);
}

/** Validates parsed JSON against the export format; throws GraphFileError naming every problem. */
export function validateGraphFile(json: unknown, source = "the file"): GraphFile {
  const parsed = graphFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const problems = issues.slice(0, 20).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    return `  ${where}: ${issue.message}`;
  });
  const more = issues.length > problems.length ? `\n  … and ${issues.length - problems.length} more` : "";
  throw new GraphFileError(
    `${source} is not a valid graph export (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${problems.join("\n")}${more}`,
  );
}

/** Sorts everything that has no meaningful order, so that equal graphs give equal files. */
export function canonicalGraphFile(file: GraphFile): GraphFile {
  const sortKeys = <T extends Record<string, unknown>>(object: T): T =>
    Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
  const element = <T extends ExportedNode | ExportedRelationship>(e: T): T => {
    const integers = [...(e.integerProperties ?? [])].sort();
    const { integerProperties: _ignored, ...rest } = e;
    return sortKeys({
      ...rest,
      properties: sortKeys(e.properties),
      ...(integers.length > 0 ? { integerProperties: integers } : {}),
    } as T);
  };
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const relKey = (r: ExportedRelationship) => JSON.stringify([r.from, r.type, r.to, r.properties]);
  return {
    format: file.format,
    version: file.version,
    ...(file.dataRelease ? { dataRelease: file.dataRelease } : {}),
    nodes: file.nodes
      .map((node) => element({ ...node, labels: [...node.labels].sort() }))
      .sort((a, b) => compare(String(a.properties.id), String(b.properties.id))),
    relationships: file.relationships.map(element).sort((a, b) => compare(relKey(a), relKey(b))),
  };
}

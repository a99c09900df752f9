/**
 * How a node's or edge's extra properties read to a person: stored names such as `factsheetRole`
 * get a label, flags kept for the loader stay out of sight, true/false read as yes/no.
 */

/** Kept for the data, not for readers: `inferredAddition` shows as the node's basis instead. */
const HIDDEN = new Set(["inferredAddition", "searchKeys", "aliasesText"]);

const LABELS: Readonly<Record<string, string>> = {
  factsheetRole: "Role in the factsheet",
  reviewedFactsheet: "Reviewed in the factsheet",
  collaborationArena: "Collaboration arena",
  crossCutting: "Cross-cutting",
  prerequisiteForObjectives: "Prerequisite for objectives",
  dedicatedObjective: "Has its own objective",
  centralDocument: "Central document",
  separateLaw: "Separate law",
  usesAI: "Uses AI",
  effectiveFrom: "In force from",
  validUntil: "Valid until",
  asOf: "As of",
  url: "Web address",
};

/** "collaborationArena" → "Collaboration arena". */
export function propertyLabel(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(value: unknown): string {
  if (value === true) return "yes";
  if (value === false) return "no";
  return Array.isArray(value) ? value.map(valueText).join(", ") : String(value);
}

/** The properties worth showing, as [label, text] pairs. */
export function displayProperties(properties: Readonly<Record<string, unknown>>): [string, string][] {
  return Object.entries(properties)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== null && value !== undefined && value !== "")
    .map(([key, value]) => [propertyLabel(key), valueText(value)]);
}

/** True for a node the graph adds by inference (from a public source) rather than from the documents. */
export function isInferredAddition(properties: Readonly<Record<string, unknown>>): boolean {
  return properties.inferredAddition === true;
}

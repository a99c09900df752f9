/**
 * How a node's or edge's extra properties read to a person: stored names such as `factsheetRole`
 * get a label, flags kept for the loader stay out of sight, true/false read as yes/no.
 */
import type { Language } from "./vocabulary.ts";

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

/** The same labels in Norwegian; a property missing here reads as its English label. */
const LABELS_NO: Readonly<Record<string, string>> = {
  factsheetRole: "Rolle i faktaarket",
  reviewedFactsheet: "Gjennomgått i faktaarket",
  collaborationArena: "Samarbeidsarena",
  crossCutting: "Tverrgående",
  prerequisiteForObjectives: "Forutsetning for målene",
  dedicatedObjective: "Har et eget mål",
  centralDocument: "Sentralt dokument",
  separateLaw: "Egen lov",
  usesAI: "Bruker KI",
  effectiveFrom: "Gjelder fra",
  validUntil: "Gyldig til",
  asOf: "Per",
  url: "Nettadresse",
  value: "Verdi",
  unit: "Enhet",
  year: "År",
  number: "Nummer",
  relation: "Relasjon",
  role: "Rolle",
  publisher: "Utgiver",
  scope: "Omfang",
  note: "Merknad",
  level: "Nivå",
  display: "Visning",
  horizon: "Tidshorisont",
  forthcomingInSource: "Varslet i kilden",
  count: "Antall",
  contact: "Kontakt",
  city: "By",
  updated: "Oppdatert",
  title: "Tittel",
  term: "Begrep",
  order: "Rekkefølge",
  objective: "Strategisk mål",
  frequency: "Hyppighet",
  financing: "Finansiering",
  coverage: "Dekning",
  aim: "Formål",
  ownership: "Eierskap",
};

/** "collaborationArena" → "Collaboration arena" (or its Norwegian label). */
export function propertyLabel(key: string, language: Language = "en"): string {
  const known = (language === "no" ? LABELS_NO[key] : undefined) ?? LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const YES_NO: Readonly<Record<Language, readonly [string, string]>> = {
  en: ["yes", "no"],
  no: ["ja", "nei"],
};

function valueText(value: unknown, language: Language): string {
  if (value === true) return YES_NO[language][0];
  if (value === false) return YES_NO[language][1];
  return Array.isArray(value) ? value.map((item) => valueText(item, language)).join(", ") : String(value);
}

/** The properties worth showing, as [label, text] pairs. */
export function displayProperties(
  properties: Readonly<Record<string, unknown>>,
  language: Language = "en",
): [string, string][] {
  return Object.entries(properties)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== null && value !== undefined && value !== "")
    .map(([key, value]) => [propertyLabel(key, language), valueText(value, language)]);
}

/** True for a node the graph adds by inference (from a public source) rather than from the documents. */
export function isInferredAddition(properties: Readonly<Record<string, unknown>>): boolean {
  return properties.inferredAddition === true;
}

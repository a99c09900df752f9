/**
 * How a node's or edge's extra properties read to a person: stored names such as `factsheetRole`
 * get a label, flags kept for the loader stay out of sight, true/false read as yes/no.
 */
import type { Language } from "./vocabulary.ts";

/** Kept for the data, not for readers: `inferredAddition` shows as the node's basis instead. */
export const HIDDEN_PROPERTIES: ReadonlySet<string> = new Set([
  "inferredAddition",
  "searchKeys",
  "aliasesText",
]);

const LABELS: Readonly<Record<string, string>> = {
  factsheetRole: "Role in the factsheet",
  reviewedFactsheet: "Reviewed in the factsheet",
  collaborationArena: "Collaboration arena",
  crossCutting: "Cross-cutting",
  prerequisiteForObjectives: "Prerequisite for objectives",
  dedicatedObjective: "Has its own objective",
  centralDocument: "Central document",
  separateLaw: "Separate law",
  specificLegislation: "Specific legislation",
  usesAI: "Uses AI",
  effectiveFrom: "In force from",
  validUntil: "Valid until",
  asOf: "As of",
  url: "Web address",
  euMember: "EU member",
  eeaMember: "EEA member",
  eeaIncorporationPendingInSource: "EEA incorporation pending in the source",
  includesEhealth: "Includes eHealth",
  refersToEhealth: "Refers to eHealth",
  refersToEhealthDirectly: "Refers to eHealth directly",
  onlyComprehensiveCancerCentreInNorway: "Norway's only comprehensive cancer centre",
  waitlistReductionPercent: "Waiting-list reduction (%)",
  unNumber: "UN number",
  standardUrl: "Web address of the standard",
};

/**
 * The labels in Norwegian; a property missing here reads as its English label, so a unit test
 * (tests/unit/propertyLabelsNo.test.ts) requires one for every property key the seed uses.
 */
export const PROPERTY_LABELS_NO: Readonly<Record<string, string>> = {
  factsheetRole: "Rolle i faktaarket",
  reviewedFactsheet: "Gjennomgått i faktaarket",
  collaborationArena: "Samarbeidsarena",
  crossCutting: "Tverrgående",
  prerequisiteForObjectives: "Forutsetning for målene",
  dedicatedObjective: "Har et eget mål",
  centralDocument: "Sentralt dokument",
  separateLaw: "Egen lov",
  specificLegislation: "Egen lovgivning",
  purpose: "Formål",
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
  healthSystem: "Helsesystem",
  healthFinancing: "Helsefinansiering",
  euMember: "EU-medlem",
  eeaMember: "EØS-medlem",
  sectionCount: "Antall seksjoner",
  region: "Region",
  namedInSources: "Navngitt i kildene",
  listedBy: "Oppført av",
  outpatientCovered: "Dekker poliklinisk behandling",
  inpatientCovered: "Dekker innleggelse",
  reviewDates: "Gjennomgått",
  thirdPartyProviders: "Tredjepartsleverandører",
  deductibleSometimes: "Egenandel i noen tilfeller",
  reimbursed: "Refunderes",
  includesEhealth: "Omfatter e-helse",
  stakeholderInvolvement: "Involvering av aktører",
  refersToEhealth: "Viser til e-helse",
  refersToEhealthDirectly: "Viser direkte til e-helse",
  mentionsCancer: "Nevner kreft",
  underAssessmentInSource: "Under vurdering ifølge kilden",
  appliesVia: "Gjelder gjennom",
  eeaIncorporationPendingInSource: "Venter på innlemmelse i EØS ifølge kilden",
  countriesCompared: "Land som sammenlignes",
  firstPrepared: "Først utarbeidet",
  ledBy: "Ledet av",
  deviation: "Avvik",
  citedFrom: "Sitert fra",
  quotesStandard: "Siterer standard",
  standardUrl: "Standardens nettadresse",
  technique: "Teknikk",
  effect: "Virkning",
  waitlistReductionPercent: "Kortere ventelister (%)",
  settings: "Brukes i",
  onlyComprehensiveCancerCentreInNorway: "Norges eneste omfattende kreftsenter",
  nationalIndicators: "Nasjonale indikatorer",
  solutionsReported: "Rapporterte løsninger",
  areas: "Områder",
  specificCertification: "Egen sertifisering",
  kind: "Type",
  stakeholdersInvolved: "Involverte aktører",
  objectiveCount: "Antall strategiske mål",
  goalCount: "Antall overordnede mål",
  wording: "Ordlyd",
  wordingSection: "Ordlyd fra avsnitt",
  alternativeWording: "Alternativ ordlyd",
  alternativeWordingSection: "Alternativ ordlyd fra avsnitt",
  keywords: "Nøkkelord",
  revision: "Revisjon",
  contains: "Inneholder",
  inTableOfContents: "I innholdsfortegnelsen",
  unNumber: "FN-nummer",
  numberStatedInStrategy: "Nummeret står i strategien",
  approximate: "Omtrentlig",
  metric: "Hva som måles",
  hasCommittees: "Har utvalg",
  committeesNamed: "Utvalgene er navngitt",
};

/** "collaborationArena" → "Collaboration arena" (or its Norwegian label). */
export function propertyLabel(key: string, language: Language = "en"): string {
  const known = (language === "no" ? PROPERTY_LABELS_NO[key] : undefined) ?? LABELS[key];
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
    .filter(
      ([key, value]) => !HIDDEN_PROPERTIES.has(key) && value !== null && value !== undefined && value !== "",
    )
    .map(([key, value]) => [propertyLabel(key, language), valueText(value, language)]);
}

/** True for a node the graph adds by inference (from a public source) rather than from the documents. */
export function isInferredAddition(properties: Readonly<Record<string, unknown>>): boolean {
  return properties.inferredAddition === true;
}

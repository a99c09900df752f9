/**
 * Node types and relationship types in each interface language. Typed by the seed's own lists,
 * so a new label or relationship type without a name here fails the typecheck.
 */
import type { EdgeType, Language, NodeType } from "../graph/vocabulary.ts";

const TYPES_NO: Readonly<Record<NodeType, string>> = {
  Country: "Land",
  Figure: "Nøkkeltall",
  Ministry: "Departement",
  Department: "Avdeling",
  Section: "Seksjon",
  Directorate: "Direktorat",
  Agency: "Etat",
  RegionalHealthAuthority: "Regionalt helseforetak",
  MunicipalityGroup: "Kommunegruppe",
  Hospital: "Helseforetak",
  Council: "Råd",
  Association: "Forening",
  Parliament: "Storting",
  InternationalBody: "Internasjonalt organ",
  Person: "Person",
  Solution: "Løsning",
  Strategy: "Strategi",
  Plan: "Plan",
  Report: "Rapport",
  Law: "Lov",
  Vision: "Visjon",
  Goal: "Mål",
  Objective: "Strategisk mål",
  Outcome: "Effekt",
  TargetGroup: "Målgruppe",
  Topic: "Tema",
  ResponsibilityArea: "Ansvarsområde",
  SDG: "Bærekraftsmål",
  Project: "Prosjekt",
  Definition: "Definisjon",
  HealthcareGoal: "Helsemål",
  UseCase: "Brukstilfelle",
};

const RELATIONS_NO: Readonly<Record<EdgeType, string>> = {
  PART_OF: "del av",
  OVERSEES: "har etatsstyring av",
  OWNS: "eier",
  RUNS: "drifter",
  MANAGES: "forvalter",
  GOVERNS: "styrer",
  RESPONSIBLE_FOR: "ansvarlig for",
  WORKS_ON: "arbeider med",
  MEMBER_OF: "medlem av",
  LEADS: "leder",
  PARTICIPATES_IN: "deltar i",
  HOLDS_ROLE: "har rolle i",
  ADVISES: "gir råd til",
  COORDINATES: "koordinerer",
  FINANCES: "finansierer",
  PUBLISHED: "utga",
  REPLACED_BY: "erstattet av",
  SUCCEEDED_BY: "etterfulgt av",
  MERGED_INTO: "innlemmet i",
  RENAMED_TO: "omdøpt til",
  ALIGNED_WITH: "i tråd med",
  IMPLEMENTED_BY: "gjennomføres av",
  HAS_VISION: "har visjon",
  HAS_GOAL: "har mål",
  HAS_OBJECTIVE: "har strategisk mål",
  OUTCOME_OF: "effekt av",
  CONTRIBUTES_TO: "bidrar til",
  DEPENDS_ON: "avhenger av",
  TARGETS: "retter seg mot",
  ADDRESSES: "tar for seg",
  SUPPORTS: "støtter",
  DEFINES: "definerer",
  REGULATES: "regulerer",
  APPLIES_IN: "gjelder i",
  LOCATED_IN: "ligger i",
  HAS_FIGURE: "har nøkkeltall",
  USES: "bruker",
  RELATED_TO: "knyttet til",
};

/** "RegionalHealthAuthority" → "Regional health authority" or "Regionalt helseforetak". */
export function typeName(type: string, language: Language): string {
  const norwegian =
    language === "no" ? Object.entries(TYPES_NO).find(([key]) => key === type)?.[1] : undefined;
  if (norwegian) return norwegian;
  if (type === type.toUpperCase()) return type;
  const words = type.replace(/([a-z])([A-Z])/g, "$1 $2");
  return words.charAt(0) + words.slice(1).toLowerCase();
}

/** "PART_OF" → "part of" or "del av". */
export function relationName(type: string, language: Language): string {
  const norwegian =
    language === "no" ? Object.entries(RELATIONS_NO).find(([key]) => key === type)?.[1] : undefined;
  return norwegian ?? type.toLowerCase().replace(/_/g, " ");
}

/** Colour and shape per node type: organisations are round, documents are rectangles, goals are diamonds. */
import type { NodeType, TypeStyle } from "./vocabulary.ts";

export const TYPE_STYLES: Readonly<Record<NodeType, TypeStyle>> = {
  Country: { color: "#4b5563", shape: "star", group: "Other" },
  Figure: { color: "#9ca3af", shape: "tag", group: "Other" },
  Ministry: { color: "#1d4ed8", shape: "ellipse", group: "Organisation" },
  Department: { color: "#2563eb", shape: "ellipse", group: "Organisation" },
  Section: { color: "#60a5fa", shape: "ellipse", group: "Organisation" },
  Directorate: { color: "#0891b2", shape: "ellipse", group: "Organisation" },
  Agency: { color: "#0d9488", shape: "ellipse", group: "Organisation" },
  RegionalHealthAuthority: { color: "#7c3aed", shape: "ellipse", group: "Organisation" },
  MunicipalityGroup: { color: "#a855f7", shape: "ellipse", group: "Organisation" },
  Hospital: { color: "#c026d3", shape: "ellipse", group: "Organisation" },
  Council: { color: "#0369a1", shape: "octagon", group: "Organisation" },
  Association: { color: "#0e7490", shape: "octagon", group: "Organisation" },
  Parliament: { color: "#1e3a8a", shape: "octagon", group: "Organisation" },
  InternationalBody: { color: "#334155", shape: "octagon", group: "Organisation" },
  Person: { color: "#b45309", shape: "round-triangle", group: "Other" },
  Solution: { color: "#16a34a", shape: "round-rectangle", group: "Solution" },
  Project: { color: "#65a30d", shape: "round-rectangle", group: "Solution" },
  UseCase: { color: "#4d7c0f", shape: "round-rectangle", group: "Solution" },
  Strategy: { color: "#ea580c", shape: "rectangle", group: "Strategy" },
  Plan: { color: "#f97316", shape: "rectangle", group: "Strategy" },
  Report: { color: "#fb923c", shape: "rectangle", group: "Strategy" },
  Law: { color: "#9a3412", shape: "rectangle", group: "Strategy" },
  Vision: { color: "#db2777", shape: "diamond", group: "Strategy" },
  Goal: { color: "#e11d48", shape: "diamond", group: "Strategy" },
  HealthcareGoal: { color: "#be123c", shape: "diamond", group: "Strategy" },
  Objective: { color: "#dc2626", shape: "diamond", group: "Strategy" },
  Outcome: { color: "#f87171", shape: "round-diamond", group: "Strategy" },
  TargetGroup: { color: "#854d0e", shape: "barrel", group: "Other" },
  Topic: { color: "#78716c", shape: "barrel", group: "Other" },
  ResponsibilityArea: { color: "#57534e", shape: "barrel", group: "Other" },
  Definition: { color: "#a8a29e", shape: "barrel", group: "Other" },
  SDG: { color: "#059669", shape: "hexagon", group: "Other" },
};

const FALLBACK: TypeStyle = { color: "#6b7280", shape: "ellipse", group: "Other" };

export function styleOf(type: string): TypeStyle {
  return (TYPE_STYLES as Record<string, TypeStyle | undefined>)[type] ?? FALLBACK;
}

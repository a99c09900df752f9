/**
 * Colour and shape per node type (issue 12: Ministry/Department and Directorate/Agency looked
 * alike). Colours come from the Okabe–Ito palette, chosen to stay apart for red–green colour
 * blindness; there are more types than safe colours, so colours repeat only across shape
 * families (organisations round, documents and solutions boxed, goals diamonds, …).
 * styles.test.ts checks every pair with CIEDE2000 under normal, deuteranopic and protanopic vision.
 */
import type { NodeType, TypeStyle } from "./vocabulary.ts";

/** Okabe & Ito (2008) colours, with a dark and a light grey in place of their black. */
export const PALETTE = {
  orange: "#e69f00",
  skyBlue: "#56b4e9",
  bluishGreen: "#009e73",
  yellow: "#f0e442",
  blue: "#0072b2",
  vermillion: "#d55e00",
  reddishPurple: "#cc79a7",
  darkGrey: "#4b5563",
  lightGrey: "#bbbbbb",
} as const;

const P = PALETTE;

export const TYPE_STYLES: Readonly<Record<NodeType, TypeStyle>> = {
  Country: { color: P.darkGrey, shape: "star", group: "Other" },
  Figure: { color: P.lightGrey, shape: "tag", group: "Other" },
  Ministry: { color: P.blue, shape: "ellipse", group: "Organisation" },
  Department: { color: P.skyBlue, shape: "ellipse", group: "Organisation" },
  Section: { color: P.lightGrey, shape: "ellipse", group: "Organisation" },
  Directorate: { color: P.vermillion, shape: "ellipse", group: "Organisation" },
  Agency: { color: P.yellow, shape: "ellipse", group: "Organisation" },
  RegionalHealthAuthority: { color: P.bluishGreen, shape: "ellipse", group: "Organisation" },
  MunicipalityGroup: { color: P.skyBlue, shape: "octagon", group: "Organisation" },
  Hospital: { color: P.darkGrey, shape: "ellipse", group: "Organisation" },
  Council: { color: P.bluishGreen, shape: "octagon", group: "Organisation" },
  Association: { color: P.orange, shape: "octagon", group: "Organisation" },
  Parliament: { color: P.blue, shape: "octagon", group: "Organisation" },
  InternationalBody: { color: P.darkGrey, shape: "octagon", group: "Organisation" },
  Person: { color: P.orange, shape: "round-triangle", group: "Other" },
  Solution: { color: P.bluishGreen, shape: "round-rectangle", group: "Solution" },
  Project: { color: P.skyBlue, shape: "round-rectangle", group: "Solution" },
  UseCase: { color: P.yellow, shape: "round-rectangle", group: "Solution" },
  Strategy: { color: P.vermillion, shape: "rectangle", group: "Strategy" },
  Plan: { color: P.blue, shape: "rectangle", group: "Strategy" },
  Report: { color: P.lightGrey, shape: "rectangle", group: "Strategy" },
  Law: { color: P.darkGrey, shape: "rectangle", group: "Strategy" },
  Vision: { color: P.yellow, shape: "diamond", group: "Strategy" },
  Goal: { color: P.vermillion, shape: "diamond", group: "Strategy" },
  HealthcareGoal: { color: P.bluishGreen, shape: "diamond", group: "Strategy" },
  Objective: { color: P.blue, shape: "diamond", group: "Strategy" },
  Outcome: { color: P.skyBlue, shape: "round-diamond", group: "Strategy" },
  TargetGroup: { color: P.orange, shape: "barrel", group: "Other" },
  Topic: { color: P.lightGrey, shape: "barrel", group: "Other" },
  ResponsibilityArea: { color: P.darkGrey, shape: "barrel", group: "Other" },
  Definition: { color: P.skyBlue, shape: "barrel", group: "Other" },
  SDG: { color: P.bluishGreen, shape: "hexagon", group: "Other" },
};

const FALLBACK: TypeStyle = { color: "#6b7280", shape: "ellipse", group: "Other" };

export function styleOf(type: string): TypeStyle {
  return (TYPE_STYLES as Record<string, TypeStyle | undefined>)[type] ?? FALLBACK;
}

/**
 * Shapes that read as one at node size: a rounded corner does not tell two types apart, so
 * "round-rectangle" and "rectangle" are one family and must differ by colour.
 */
export function shapeFamily(shape: string): string {
  return shape.replace(/^round-/, "");
}

/** Black or white text on a type's colour, whichever contrasts more (WCAG relative luminance). */
export function inkOn(background: string): "#111827" | "#ffffff" {
  const value = Number.parseInt(background.slice(1), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  // Contrast with white is 1.05 / (L + 0.05); with #111827 (L ≈ 0.0093) it is (L + 0.05) / 0.0593.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0593 ? "#ffffff" : "#111827";
}

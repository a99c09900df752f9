/**
 * Colour and shape per node type. Every type has a colour of its own: the legend names a type by
 * its colour, and a shared colour (SDG and Solution were both bluish green) made a legend entry
 * stand for two things. 32 colours cannot all stay apart for red–green colour blindness, so the
 * shape families carry that (organisations round, documents and solutions boxed, goals diamonds,
 * …): within a family colours stay apart for every vision. The colours were chosen by maximising
 * the smallest CIEDE2000 difference over mid-light sRGB colours under those two constraints;
 * styles.test.ts checks both.
 */
import type { NodeType, TypeStyle } from "./vocabulary.ts";

export const TYPE_STYLES: Readonly<Record<NodeType, TypeStyle>> = {
  Country: { color: "#0044ee", shape: "star", group: "Other" },
  Figure: { color: "#aacc00", shape: "tag", group: "Other" },
  Ministry: { color: "#ff4400", shape: "ellipse", group: "Organisation" },
  Department: { color: "#00ccee", shape: "ellipse", group: "Organisation" },
  Section: { color: "#006644", shape: "ellipse", group: "Organisation" },
  Directorate: { color: "#ff22aa", shape: "ellipse", group: "Organisation" },
  Agency: { color: "#eecccc", shape: "ellipse", group: "Organisation" },
  RegionalHealthAuthority: { color: "#888866", shape: "ellipse", group: "Organisation" },
  MunicipalityGroup: { color: "#ffaa00", shape: "octagon", group: "Organisation" },
  Hospital: { color: "#6688ff", shape: "ellipse", group: "Organisation" },
  Council: { color: "#aa0044", shape: "octagon", group: "Organisation" },
  Association: { color: "#00eecc", shape: "octagon", group: "Organisation" },
  Parliament: { color: "#cc88cc", shape: "octagon", group: "Organisation" },
  InternationalBody: { color: "#aa6622", shape: "octagon", group: "Organisation" },
  Person: { color: "#884488", shape: "round-triangle", group: "Other" },
  Solution: { color: "#ccccaa", shape: "round-rectangle", group: "Solution" },
  Project: { color: "#0088aa", shape: "round-rectangle", group: "Solution" },
  UseCase: { color: "#00aa22", shape: "round-rectangle", group: "Solution" },
  Strategy: { color: "#aa8888", shape: "rectangle", group: "Strategy" },
  Plan: { color: "#666666", shape: "rectangle", group: "Strategy" },
  Report: { color: "#666600", shape: "rectangle", group: "Strategy" },
  Law: { color: "#ccccee", shape: "rectangle", group: "Strategy" },
  Vision: { color: "#ee2244", shape: "diamond", group: "Strategy" },
  Goal: { color: "#aa44ff", shape: "diamond", group: "Strategy" },
  HealthcareGoal: { color: "#00aa88", shape: "diamond", group: "Strategy" },
  Objective: { color: "#8888aa", shape: "diamond", group: "Strategy" },
  Outcome: { color: "#00ee44", shape: "round-diamond", group: "Strategy" },
  TargetGroup: { color: "#ff8888", shape: "barrel", group: "Other" },
  Topic: { color: "#00aaff", shape: "barrel", group: "Other" },
  ResponsibilityArea: { color: "#aa2200", shape: "barrel", group: "Other" },
  Definition: { color: "#aa8800", shape: "barrel", group: "Other" },
  SDG: { color: "#88aaaa", shape: "hexagon", group: "Other" },
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

/**
 * Labels in an exported SVG as a reader sees them, read in a page that shows the SVG: the lines
 * of one wrapped label joined into one box; a label dimmed by the trace (opacity 0.12) left out,
 * as it is on the canvas. Shared by the specs that check an export's labels.
 */
import type { Page } from "playwright-core";

export interface SvgLabel {
  readonly text: string;
  /** The relationship a label placed by the export belongs to (its data-edge attribute). */
  readonly edge: string | null;
  readonly box: { left: number; right: number; top: number; bottom: number };
}

export function visibleSvgLabels(page: Page): Promise<SvgLabel[]> {
  return page.evaluate(() => {
    const labels: { text: string; edge: string | null; box: SvgLabel["box"] }[] = [];
    let previous: { x: string | null; y: number; label: (typeof labels)[number] } | null = null;
    for (const text of document.querySelectorAll("text")) {
      const opacity = Number(text.getAttribute("fill-opacity") ?? "1");
      const rect = text.getBoundingClientRect();
      if (opacity < 0.5 || !text.textContent?.trim() || rect.width === 0) {
        previous = null;
        continue;
      }
      const y = Number(text.getAttribute("y"));
      const sameLabel =
        previous && previous.x === text.getAttribute("x") && y > previous.y && y - previous.y <= 14;
      if (previous && sameLabel) {
        const box = previous.label.box;
        previous.label.text += text.textContent;
        box.left = Math.min(box.left, rect.left);
        box.right = Math.max(box.right, rect.right);
        box.bottom = Math.max(box.bottom, rect.bottom);
        previous.y = y;
        continue;
      }
      const label = {
        text: text.textContent,
        edge: text.getAttribute("data-edge"),
        box: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom },
      };
      labels.push(label);
      previous = { x: text.getAttribute("x"), y, label };
    }
    return labels;
  });
}

/** Pairs of labels whose boxes overlap by more than a pixel. */
export function overlappingLabels(labels: readonly SvgLabel[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1)) {
      const p = a.box;
      const q = b.box;
      if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1)
        pairs.push(`${a.text} × ${b.text}`);
    }
  return pairs;
}

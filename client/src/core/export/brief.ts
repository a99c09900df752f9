/**
 * The one-page brief: a self-contained, printable HTML file of the
 * current view. Pure: model in, HTML text out. Nothing external is referenced (the picture is
 * a data URL, the style inline), so the file reads the same offline and years later.
 */
import type { SourceRef } from "../graph/contract.ts";
import { langOf } from "../graph/utils.ts";
import type { BriefFact, BriefModel } from "./briefTypes.ts";

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;
const COLOUR = /^#[0-9a-fA-F]{3,8}$/;

/** Only web addresses become links: a source's url is data, not markup. */
function webUrl(url: string | null): string | null {
  return url && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

/** One entry per distinct place in a document: the same section and paragraph cited twice is one source. */
function sourceKey(source: SourceRef): string {
  return [source.document, source.section, source.paragraph ?? "", source.url ?? ""].join("\u0000");
}

/** Numbers the sources in the order facts first cite them, each once. */
export function numberSources(facts: readonly BriefFact[]): {
  numbers: Map<string, number>;
  list: SourceRef[];
} {
  const numbers = new Map<string, number>();
  const list: SourceRef[] = [];
  for (const fact of facts) {
    for (const source of fact.sources) {
      const key = sourceKey(source);
      if (numbers.has(key)) continue;
      list.push(source);
      numbers.set(key, list.length);
    }
  }
  return { numbers, list };
}

const STYLE = `
body{font:11pt/1.4 system-ui,sans-serif;color:#111;margin:1.5cm;max-width:60rem}
h1{font-size:16pt;margin:0 0 .2em}h2{font-size:12pt;margin:1em 0 .3em;border-bottom:1px solid #ccc}
.as-of{color:#444;margin:0}figure{margin:.8em 0}figure img{max-width:100%;max-height:11cm;border:1px solid #ddd}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em;vertical-align:middle}
.facts li{margin:.15em 0}.ref{font-size:.85em;color:#333}.mark{font-size:.85em;color:#555;font-style:italic}
.conflict{color:#b91c1c}.sources{font-size:.9em}a{color:#1d4ed8}
@media print{body{margin:0;font-size:9.5pt}figure img{max-height:9cm}a{color:inherit;text-decoration:none}
a[href]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}a.entity[href]::after{content:none}h2{break-after:avoid}li{break-inside:avoid}}
@page{size:A4;margin:1.2cm}`;

/** A fact's text, linked to its address when it has one. */
function entityLink(fact: BriefFact): string {
  const url = webUrl(fact.address ?? null);
  return url
    ? `<a class="entity" href="${escapeHtml(url)}">${escapeHtml(fact.text)}</a>`
    : escapeHtml(fact.text);
}

export function buildBrief(model: BriefModel): string {
  const { labels } = model;
  const { numbers, list } = numberSources([...model.nodes, ...model.relationships]);
  const refs = (fact: BriefFact) => {
    const cited = [...new Set(fact.sources.map((source) => numbers.get(sourceKey(source)) ?? 0))];
    return cited.length ? ` <span class="ref">${cited.map((n) => `[${n}]`).join("")}</span>` : "";
  };
  const factItem = (fact: BriefFact) =>
    `<li>${entityLink(fact)}${fact.inferred ? ` <span class="mark">(${escapeHtml(labels.inferred)})</span>` : ""}${
      fact.conflict
        ? ` <span class="mark conflict">⚠ ${escapeHtml(labels.conflict)}: ${escapeHtml(fact.conflict)}</span>`
        : ""
    }${refs(fact)}</li>`;
  const factList = (facts: readonly BriefFact[]) =>
    facts.length
      ? `<ul class="facts">${facts.map(factItem).join("")}</ul>`
      : `<p>${escapeHtml(labels.none)}</p>`;
  const picture =
    model.picture && PNG_DATA_URL.test(model.picture)
      ? `<figure><img src="${model.picture}" alt="${escapeHtml(labels.picture)}"></figure>`
      : "";
  const legend = model.legend
    .map(
      (entry) =>
        `<li><span class="swatch" style="background:${COLOUR.test(entry.colour) ? entry.colour : "#999"}"></span>${escapeHtml(entry.label)}</li>`,
    )
    .join("");
  const sources = list
    .map((source, index) => {
      const where = [source.title, source.section, source.paragraph !== null ? `¶ ${source.paragraph}` : null]
        .filter((part) => part !== null)
        .map((part) => escapeHtml(String(part)))
        .join(" — ");
      const url = webUrl(source.url);
      const link = url ? ` — <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : "";
      return `<li id="source-${index + 1}" value="${index + 1}">${where}${link}</li>`;
    })
    .join("");
  return `<!DOCTYPE html>
<html lang="${langOf(model.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(labels.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(labels.title)}</h1>
<p class="as-of">${escapeHtml(labels.asOf)}: <time>${escapeHtml(model.asOf ?? labels.today)}</time></p>
${model.dataRelease ? `<p class="data-release">${escapeHtml(labels.dataRelease)}: ${escapeHtml(model.dataRelease)}</p>` : ""}</header>
${picture}
<h2>${escapeHtml(labels.legend)}</h2>
<ul class="legend">${legend}</ul>
<p class="links"><strong>${escapeHtml(labels.links)}:</strong> ${model.linkLegend.map(escapeHtml).join(", ")}. ${escapeHtml(labels.inferredLine)} ${escapeHtml(labels.conflictLine)}</p>
<h2>${escapeHtml(labels.nodes)}</h2>
${factList(model.nodes)}
<h2>${escapeHtml(labels.relationships)}</h2>
${factList(model.relationships)}
<h2>${escapeHtml(labels.sources)}</h2>
<ol class="sources">${sources}</ol>
</body>
</html>
`;
}

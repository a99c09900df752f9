/**
 * The words a picture export carries around the graph (title, date, data release, legend, key):
 * a PNG or SVG read later, away from the explorer, must say what it shows, as of when, from which data.
 */
import type { Language } from "../graph/vocabulary.ts";

export interface ExportFrameWords {
  readonly product: string;
  readonly tree: (name: string) => string;
  readonly around: (name: string) => string;
  readonly trace: (name: string) => string;
  readonly path: (from: string, to: string) => string;
  readonly asOf: (date: string) => string;
  readonly compared: (date: string) => string;
  readonly release: (version: string) => string;
  readonly releaseUnknown: string;
  readonly legend: string;
  readonly key: string;
}

export const EXPORT_FRAME: Readonly<Record<Language, ExportFrameWords>> = {
  en: {
    product: "Norway eHealth governance",
    tree: (name) => `Governance tree of ${name}`,
    around: (name) => `${name} and its neighbours`,
    trace: (name) => `${name} traced to the SDGs`,
    path: (from, to) => `Path from ${from} to ${to}`,
    asOf: (date) => `As of ${date}`,
    compared: (date) => `compared with ${date}`,
    release: (version) => `Data release ${version}`,
    releaseUnknown: "Data release unknown",
    legend: "Node types",
    key: "Numbered relationships",
  },
  no: {
    product: "Norsk e-helsestyring",
    tree: (name) => `Styringstreet under ${name}`,
    around: (name) => `${name} og naboene`,
    trace: (name) => `${name} sporet til bærekraftsmålene`,
    path: (from, to) => `Vei fra ${from} til ${to}`,
    asOf: (date) => `Per ${date}`,
    compared: (date) => `sammenlignet med ${date}`,
    release: (version) => `Dataversjon ${version}`,
    releaseUnknown: "Dataversjon ukjent",
    legend: "Nodetyper",
    key: "Nummererte koblinger",
  },
};

/**
 * The first view's word on what the explorer is for, and three ways in, in each language: without
 * them a newcomer sees an organisation tree and nothing of the SDGs, the strategy or the trace.
 */
import type { Language } from "../graph/vocabulary.ts";

/** The starting points, in the order shown. */
export const STARTS = ["trace", "matrix", "past"] as const;
export type Start = (typeof STARTS)[number];

export const WELCOME = {
  en: {
    purpose:
      "Who governs eHealth in Norway, how the national strategy's objectives reach the UN Sustainable Development Goals, and how both changed over time — every link cited to its source.",
    label: "Where to start",
    trace: "Trace Helsenorge to the SDGs",
    matrix: "Objectives × SDGs",
    past: "Who ran Helsenorge in 2015?",
    close: "Hide this introduction",
  },
  no: {
    purpose:
      "Hvem som styrer e-helse i Norge, hvordan målene i den nasjonale e-helsestrategien når FNs bærekraftsmål, og hvordan begge har endret seg over tid — hver kobling med kilde.",
    label: "Hvor du kan begynne",
    trace: "Følg Helsenorge til bærekraftsmålene",
    matrix: "Mål × bærekraftsmål",
    past: "Hvem drev Helsenorge i 2015?",
    close: "Skjul denne introduksjonen",
  },
} as const satisfies Record<Language, Record<Start | "purpose" | "label" | "close", string>>;

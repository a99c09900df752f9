/**
 * The registry of the five source documents the graph is built from. Node and relationship
 * sources refer to these by `id`. The file names are those of the project's source folder; the
 * product never reads the files at run time (the seed is our own data).
 */
export const DOCUMENT_IDS = ["factsheet", "overview", "interview", "strategy", "department"] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export interface SourceDocument {
  readonly id: DocumentId;
  readonly title: string;
  readonly publisher: string;
  /**
   * ISO date (year, year-month or day) of the version the graph was built from, where the document
   * gives one. Absent for an undated page: we never add a date the source lacks.
   */
  readonly date?: string;
  /** For an undated document: what its content tells about when it was written. */
  readonly dateNote?: string;
  /** The language the document is written in (BCP 47), so a quotation from it can be marked. */
  readonly language: string;
  /** The public address of the document, where one is known. */
  readonly url?: string;
  readonly fileName: string;
}

export const SOURCE_DOCUMENTS: Readonly<Record<DocumentId, SourceDocument>> = {
  factsheet: {
    id: "factsheet",
    title:
      "Policy mapping on eHealth policies and initiatives (including on cancer care) in Norway — eCAN+ country factsheet",
    publisher: "eCAN+ Joint Action",
    date: "2025-10",
    fileName: "000_7edb9595e60ceab5.txt",
    language: "en",
  },
  overview: {
    id: "overview",
    title: "eHealth in Norway — country overview",
    publisher: "European country overview page (eHealth in Norway)",
    dateNote:
      "Undated. It gives health spending for 2022 and sends manufacturers to the Norwegian Medicines Agency, the agency's name until 1 January 2024.",
    fileName: "001_ec4189ac5f5d5b86.txt",
    language: "en",
  },
  interview: {
    id: "interview",
    title: "Digital health in Norway: “We work hard to keep trust” (interview)",
    publisher: "Digital Health news",
    date: "2025-04-02",
    fileName: "002_3e2625a62aa2bc68.txt",
    language: "en",
  },
  strategy: {
    id: "strategy",
    title: "National eHealth strategy (2023 towards 2030)",
    publisher: "Norwegian Directorate of eHealth",
    date: "2023",
    url: "https://www.ehelse.no/strategi/nasjonal-e-helsestrategi-for-helse-og-omsorgssektoren",
    fileName: "003_98963e2479c7a0e3.txt",
    language: "en",
  },
  department: {
    id: "department",
    title: "The Department of eHealth",
    publisher: "Ministry of Health and Care Services",
    url: "https://www.regjeringen.no/en/dep/hod/organisation-and-management-of-the-ministry-of-health-and-care-services/Departments/the-department-of-ehealth/id2473079/",
    dateNote:
      "Undated. It names the Norwegian Directorate of eHealth as the body the department oversees, so it describes the time before that directorate's merger on 1 January 2024.",
    fileName: "004_b71d726b732d4030.txt",
    language: "en",
  },
};

/** The `document` value of a named public source outside the five registered documents. */
export const PUBLIC_SOURCE_ID = "public";

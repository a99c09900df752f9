/** Preset queries for the query explorer: the questions the graph was built to answer. */
import type { PresetQuery } from "./types.ts";

export const PRESETS: readonly PresetQuery[] = [
  {
    id: "governance",
    title: "The Ministry's governance tree",
    query: `# Who sits under the Ministry of Health and Care Services
query GovernanceTree {
  governanceTree(rootId: "ministry-of-health-and-care-services") {
    nodes { id type name nameNo }
    edges { id source target type basis }
  }
}`,
  },
  {
    id: "trace",
    title: "Objective 3 → SDGs",
    query: `# How objective 3 of the national eHealth strategy serves the SDGs
query TraceObjective {
  traceToSdgs(fromId: "objective-3") {
    from { id type name }
    sdgs { id type name }
    paths { sdg { id name } steps { id source target type strength reason reasonNo } }
  }
}`,
  },
  {
    id: "matrix",
    title: "Objectives × SDGs",
    query: `query Matrix {
  sdgMatrix {
    cells { strength reason reasonNo objective { id type name } sdg { id type name } }
  }
}`,
  },
  {
    id: "solutions",
    title: "Solutions and who runs them",
    query: `# National e-health solutions and the organisations that run them
query Solutions {
  solutions {
    __typename id name nameNo
    runsIncoming { __typename id name }
  }
}`,
  },
  {
    id: "strategies",
    title: "Strategies and their periods",
    query: `query Strategies {
  strategies { __typename id name nameNo validFrom validTo succeededBy { id } }
  plans { __typename id name validFrom validTo succeededBy { id } }
}`,
  },
  {
    id: "conflicts",
    title: "Conflicts between sources",
    query: `# Relationships where the source documents disagree
query Conflicts {
  conflicts {
    nodes { id type name }
    edges { id source target type conflict sources { title section } }
  }
}`,
  },
  {
    id: "kjernejournal",
    title: "Kjernejournal's neighbourhood",
    query: `query Kjernejournal {
  neighbourhood(id: "kjernejournal") {
    nodes { id type name nameNo }
    edges { id source target type basis }
  }
}`,
  },
  {
    id: "search",
    title: "Search (Norwegian)",
    query: `query Search {
  search(text: "helsedirektoratet", limit: 5) { score node { id type name nameNo } }
}`,
  },
];

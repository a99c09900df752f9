/**
 * Preset queries for the query explorer: the questions the graph was built to answer. A
 * relationship changes over time, so a preset asks for it as a connection, whose edges carry the
 * relationship's own validFrom/validTo (a plain relationship field gives its ends, not its period).
 * tests/integration/queryPresets.int.test.ts runs every one against the served schema.
 */
import type { PresetQuery } from "./types.ts";

export const PRESETS: readonly PresetQuery[] = [
  {
    id: "governance",
    title: "The Ministry's governance tree",
    query: `# Who sits under the Ministry of Health and Care Services
query GovernanceTree {
  governanceTree(rootId: "ministry-of-health-and-care-services") {
    nodes { id type name nameNo validFrom validTo }
    edges { id source target type basis validFrom validTo }
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
    paths { sdg { id name } steps { id source target type strength reason reasonNo validFrom validTo } }
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
    query: `# National e-health solutions, the organisations that run them, and when
query Solutions {
  solutions {
    id name nameNo
    runsIncomingConnection {
      edges {
        properties { validFrom validTo }
        node { ... on Entity { id name nameNo } }
      }
    }
  }
}`,
  },
  {
    id: "helsenorge",
    title: "Who ran Helsenorge, and when",
    query: `# Every organisation that has run Helsenorge, with the period it ran it
query HelsenorgeOperators {
  solutions(where: { id: { eq: "helsenorge" } }) {
    id name nameNo validFrom validTo
    runsIncomingConnection {
      edges {
        properties { validFrom validTo basis }
        node { ... on Entity { id name nameNo validFrom validTo } }
      }
    }
  }
}`,
  },
  {
    id: "strategies",
    title: "Strategies and their periods",
    query: `query Strategies {
  strategies {
    id name nameNo validFrom validTo
    succeededByConnection { edges { properties { validFrom validTo } node { id name } } }
  }
  plans {
    id name validFrom validTo
    succeededByConnection { edges { properties { validFrom validTo } node { id name } } }
  }
}`,
  },
  {
    id: "conflicts",
    title: "Conflicts between sources",
    query: `# Relationships where the source documents disagree
query Conflicts {
  conflicts {
    nodes { id type name }
    edges { id source target type conflict validFrom validTo sources { title section } }
  }
}`,
  },
  {
    id: "kjernejournal",
    title: "Kjernejournal's neighbourhood",
    query: `query Kjernejournal {
  neighbourhood(id: "kjernejournal") {
    nodes { id type name nameNo validFrom validTo }
    edges { id source target type basis validFrom validTo }
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

// The data release the graph was seeded from and its correction log (cypher/seed/upsertRelease.cypher);
// no row when the graph was seeded before releases were recorded.
MATCH (release:DataRelease {key: "current"})
RETURN release.version AS version,
       release.date AS date,
       release.releases AS releases,
       release.corrections AS corrections

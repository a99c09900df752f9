// The data release and its correction log, kept on one node outside the graph's vocabulary (no
// :Entity label), so no graph query, search or export of the graph ever meets it. Written in the
// seed's own transaction: the release always names the data beside it.
MERGE (release:DataRelease {key: "current"})
SET release.version = $version,
    release.date = $date,
    release.releases = $releases,
    release.corrections = $corrections

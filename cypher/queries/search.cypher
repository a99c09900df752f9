// Full-text search; $query is a Lucene query built from escaped terms (server/queries/search.ts).
// With $everyDate false, only nodes in force on $asOf: exact name/alias matches first, then
// Lucene's score. With $everyDate true (search without a date), nodes of every date, so that a
// body merged away or a plan since succeeded is still found. They come in two bands: close
// matches (an exact name or alias, or at least $closeShare of the best score) before the rest,
// and within each band those in force on $asOf (today) first, the others after. The bands keep
// "in force first" from burying a past body's own name under weak matches that hold today;
// with a day every hit is in force, and the order is the same as without bands.
// Norwegian descriptions have their own index (schema.cypher); a node found by both keeps its best score.
// Each hit's succession is read after, by succession.cypher.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_search_no', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS type, @inForce(node) AS inForce
WHERE (size($types) = 0 OR type IN $types)
  AND ($everyDate OR inForce)
WITH node, score, type, inForce,
  CASE WHEN $exact IN [toLower(node.name), toLower(coalesce(node.nameNo, ''))] + [a IN node.aliases | toLower(a)]
    THEN 1 ELSE 0 END AS exactMatch
WITH collect({node: node, score: score, type: type, inForce: inForce, exactMatch: exactMatch}) AS hits,
  max(score) AS best
UNWIND hits AS hit
WITH hit, (hit.exactMatch = 1 OR hit.score >= $closeShare * best) AS close
ORDER BY close DESC, hit.inForce DESC, hit.exactMatch DESC, hit.score DESC
LIMIT $limit
WITH hit.node AS node, hit
RETURN node {.*, type: hit.type} AS node, hit.score + hit.exactMatch * 10.0 AS score, hit.inForce AS inForce

// Full-text search; $query is a Lucene query built from escaped terms (server/queries/search.ts).
// Exact name/alias matches rank first, then Lucene's score. Only nodes in force on $asOf.
// Norwegian descriptions have their own index (schema.cypher); a node found by both keeps its best score.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_search_no', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS type
WHERE (size($types) = 0 OR type IN $types)
  AND @inForce(node)
WITH node, score, type,
  CASE WHEN $exact IN [toLower(node.name), toLower(coalesce(node.nameNo, ''))] + [a IN node.aliases | toLower(a)]
    THEN 1 ELSE 0 END AS exactMatch
ORDER BY exactMatch DESC, score DESC
LIMIT $limit
RETURN node {.*, type: type} AS node, score + exactMatch * 10.0 AS score

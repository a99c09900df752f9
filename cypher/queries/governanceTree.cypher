// The governance hierarchy below $id as it stood on $asOf, in one statement: parts (incoming
// PART_OF) and what a node oversees or owns (outgoing OVERSEES / OWNS), at most 8 levels down
// (deeper than any real hierarchy; a literal, as Cypher requires). ANY SHORTEST reaches each
// node once, by a breadth-first search from the root, so a node met again through another
// parent is never expanded twice and hubs cannot multiply paths; the first $limit nodes by depth
// are kept (the root aside), and the edges are every relationship of the hierarchy from a kept
// node above the last level to a kept node: what expanding level by level would collect, in
// one round trip instead of one per level.
MATCH (root:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (root)((a:Entity)-[r:PART_OF|OVERSEES|OWNS]-(b:Entity)
    WHERE CASE type(r) WHEN 'PART_OF' THEN startNode(r) = b ELSE endNode(r) = b END
      AND @inForce(r)
      AND @inForce(b)
  ){1,8}(c:Entity)
WHERE c <> root
WITH root, c, length(p) AS depth
ORDER BY depth
LIMIT $limit
WITH root, collect(CASE WHEN c IS NOT NULL THEN {node: c, depth: depth} END) AS found
WITH root, [root] + [x IN found | x.node] AS nodes, [root] + [x IN found WHERE x.depth < 8 | x.node] AS parents
CALL (nodes, parents) {
  UNWIND parents AS n
  CALL (n, nodes) {
    MATCH (n)<-[r:PART_OF]-(m:Entity) WHERE m IN nodes RETURN r
    UNION
    MATCH (n)-[r:OVERSEES|OWNS]->(m:Entity) WHERE m IN nodes RETURN r
  }
  WITH r
  WHERE @inForce(r)
  RETURN collect(DISTINCT r) AS rels
}
RETURN
  root {.*, type: [l IN labels(root) WHERE l <> 'Entity'][0]} AS root,
  [n IN nodes[1..] | n {.*, type: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
  [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges

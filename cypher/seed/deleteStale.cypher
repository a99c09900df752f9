// Removes what an earlier seed wrote and this one no longer has (same transaction as the upsert).
MATCH (n:Entity) WHERE NOT n.id IN $nodeIds
DETACH DELETE n
WITH count(*) AS ignored
MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NULL OR NOT r.id IN $relationshipIds
DELETE r

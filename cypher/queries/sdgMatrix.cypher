// One strategy's objectives against the SDGs, with each contribution's strength, wording and
// reason, as they stood on $asOf. Scoped to a strategy so that the answer stays bounded however
// many strategies the graph holds; the strategy itself is returned so that the caller can say
// when it was in force if it was not on $asOf.
MATCH (strategy:Entity {id: $strategyId})
CALL (strategy) {
  MATCH (strategy)-[h:HAS_OBJECTIVE]->(o:Objective)
  WHERE @inForce(h)
    AND @inForce(o)
  RETURN collect(o {.*, type: 'Objective'}) AS objectives
}
CALL () {
  MATCH (s:SDG)
  WHERE @inForce(s)
  RETURN collect(s {.*, type: 'SDG'}) AS sdgs
}
CALL (strategy) {
  MATCH (strategy)-[:HAS_OBJECTIVE]->(o:Objective)-[r:CONTRIBUTES_TO]->(s:SDG)
  WHERE @inForce(r)
  RETURN collect({objective: o.id, sdg: s.id, props: properties(r)}) AS cells
}
RETURN strategy {.*, type: [l IN labels(strategy) WHERE l <> 'Entity'][0]} AS strategy, objectives, sdgs, cells

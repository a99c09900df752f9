// One strategy's objectives against the SDGs, with each contribution's strength and reason.
// Scoped to a strategy so that the answer stays bounded however many strategies the graph holds.
MATCH (strategy:Entity {id: $strategyId})
CALL (strategy) {
  MATCH (strategy)-[:HAS_OBJECTIVE]->(o:Objective) RETURN collect(o {.*, type: 'Objective'}) AS objectives
}
CALL () {
  MATCH (s:SDG) RETURN collect(s {.*, type: 'SDG'}) AS sdgs
}
CALL (strategy) {
  MATCH (strategy)-[:HAS_OBJECTIVE]->(o:Objective)-[r:CONTRIBUTES_TO]->(s:SDG)
  RETURN collect({objective: o.id, sdg: s.id, props: properties(r)}) AS cells
}
RETURN objectives, sdgs, cells

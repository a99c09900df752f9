// One strategy's objectives against the SDGs, with each contribution's strength, wording and
// reason, as they stood on $asOf. Scoped to a strategy so that the answer stays bounded however
// many strategies the graph holds; the strategy itself is returned so that the caller can say
// when it was in force if it was not on $asOf.
MATCH (strategy:Entity {id: $strategyId})
CALL (strategy) {
  MATCH (strategy)-[h:HAS_OBJECTIVE]->(o:Objective)
  WHERE (h.inForceFrom IS NULL OR h.inForceFrom <= $asOf) AND (h.inForceTo IS NULL OR h.inForceTo >= $asOf)
    AND (o.inForceFrom IS NULL OR o.inForceFrom <= $asOf) AND (o.inForceTo IS NULL OR o.inForceTo >= $asOf)
  RETURN collect(o {.*, type: 'Objective'}) AS objectives
}
CALL () {
  MATCH (s:SDG)
  WHERE (s.inForceFrom IS NULL OR s.inForceFrom <= $asOf) AND (s.inForceTo IS NULL OR s.inForceTo >= $asOf)
  RETURN collect(s {.*, type: 'SDG'}) AS sdgs
}
CALL (strategy) {
  MATCH (strategy)-[:HAS_OBJECTIVE]->(o:Objective)-[r:CONTRIBUTES_TO]->(s:SDG)
  WHERE (r.inForceFrom IS NULL OR r.inForceFrom <= $asOf) AND (r.inForceTo IS NULL OR r.inForceTo >= $asOf)
  RETURN collect({objective: o.id, sdg: s.id, props: properties(r)}) AS cells
}
RETURN strategy {.*, type: [l IN labels(strategy) WHERE l <> 'Entity'][0]} AS strategy, objectives, sdgs, cells

// The events with participants (ATTENDED, HOSTED, SIGNED) of the given
// countries, with those participants, the regions the events are located
// in, and whether anything was signed there. Date bounds, bucketing and
// ranking are graph.TallyActivity's, on the folded values.
// Parameters:
//   $countries: LIST<STRING>
// Returns: event (MAP {id, claims}), participants (LIST<MAP {id, claims}>), places (LIST<MAP {id, claims}>), signed (BOOLEAN)
MATCH (ev:Event)<-[:ATTENDED|HOSTED|SIGNED]-(p:Entity)
WHERE p.country IN $countries
WITH ev, collect(DISTINCT p) AS ps
RETURN
  ev {
    .id,
    claims: [(ev)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  } AS event,
  [p IN ps | p {
    .id,
    claims: [(p)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  }] AS participants,
  [(ev)-[:LOCATED_IN]->(place:Region) | place {
    .id,
    claims: [(place)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  }] AS places,
  EXISTS { (ev)<-[:SIGNED]-(:Entity) } AS signed
ORDER BY ev.id

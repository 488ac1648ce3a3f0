// Pairs of entities that met: both took part (ATTENDED, HOSTED, SIGNED) in
// the same event within the date range and of the event types (the rule
// of graph.MeetingQuery.AdmitsEvent), or one VISITED the other ($visits:
// graph.MeetingQuery.CountsVisits). Each row is one event (or visit) of one
// pair, with the edges that say so; graph.MeetingSet groups the rows into
// meetings, sorts and pages them.
// The filter blocks are Entities.cypher's (kept identical by a test).
// With a's filter ids the a candidates come from index seeks (each id as
// an entity id and as a merged id), as in Entities.cypher; a's filter
// applies before the events are expanded, b's after.
// Parameters:
//   $a: MAP, the filter of the first entity, as $filter in Entities.cypher
//   $b: MAP, the filter of the second entity, as $filter in Entities.cypher
//   $dateFrom: STRING, '' for no bound
//   $dateTo: STRING, '' for no bound
//   $eventTypes: LIST<STRING>, empty for every type
//   $visits: BOOLEAN, whether VISITED edges count
// Returns: a (MAP {id, claims}), b (MAP {id, claims}), event (MAP {id, claims} or null), relations (LIST<MAP {id, type, from, to, claim lists}>)
CALL () {
  UNWIND $a.ids AS id
  MATCH (a:Entity {id: id})
  RETURN a
  UNION
  UNWIND $a.ids AS id
  MATCH (:MergedId {id: id})-[:MERGED_INTO]->(a:Entity)
  RETURN a
  UNION
  WITH $a AS f
  WHERE size(f.ids) = 0
  MATCH (a:Entity)
  RETURN a
}
WITH a
WHERE
  // filter a $a
  (size($a.ids) = 0 OR a.id IN $a.ids OR any(m IN coalesce(a.mergedIds, []) WHERE m IN $a.ids))
  AND (size($a.kinds) = 0 OR any(l IN labels(a) WHERE l IN $a.kinds))
  AND (size($a.countries) = 0 OR a.country IN $a.countries)
  AND (size($a.levels) = 0 OR a.level IN $a.levels)
  AND (size($a.orgTypes) = 0 OR a.orgType IN $a.orgTypes)
  AND (size($a.eventTypes) = 0 OR a.eventType IN $a.eventTypes)
  AND ($a.within = '' OR EXISTS {
    MATCH (a)-[:LOCATED_IN*1..]->(root:Entity)
    WHERE root <> a AND (root.id = $a.within OR $a.within IN coalesce(root.mergedIds, []))
  })
  AND (($a.dateFrom = '' AND $a.dateTo = '') OR (a:Event AND a.date IS NOT NULL AND NOT a.date STARTS WITH 'XXXX'
    AND ($a.dateFrom = '' OR a.date >= left($a.dateFrom, size(a.date)))
    AND ($a.dateTo = '' OR left(a.date, size($a.dateTo)) <= $a.dateTo)))
  AND ($a.nameContains = '' OR any(k IN a.nameKeys WHERE k CONTAINS $a.nameContains))
  AND ($a.nameStartsWith = '' OR any(k IN a.nameKeys WHERE k STARTS WITH $a.nameStartsWith))
  // end filter
CALL (a) {
  MATCH (a)-[ra:ATTENDED|HOSTED|SIGNED]->(ev:Event)<-[rb:ATTENDED|HOSTED|SIGNED]-(b:Entity)
  WHERE (size($eventTypes) = 0 OR ev.eventType IN $eventTypes)
    AND (($dateFrom = '' AND $dateTo = '') OR (ev.date IS NOT NULL AND NOT ev.date STARTS WITH 'XXXX'
      AND ($dateFrom = '' OR ev.date >= left($dateFrom, size(ev.date)))
      AND ($dateTo = '' OR left(ev.date, size($dateTo)) <= $dateTo)))
  RETURN b, ev, [ra, rb] AS rels
  UNION ALL
  MATCH (a)-[v:VISITED]-(b:Entity)
  WHERE $visits
  RETURN b, null AS ev, [v] AS rels
}
WITH a, b, ev, rels
WHERE a <> b
  AND
  // filter b $b
  (size($b.ids) = 0 OR b.id IN $b.ids OR any(m IN coalesce(b.mergedIds, []) WHERE m IN $b.ids))
  AND (size($b.kinds) = 0 OR any(l IN labels(b) WHERE l IN $b.kinds))
  AND (size($b.countries) = 0 OR b.country IN $b.countries)
  AND (size($b.levels) = 0 OR b.level IN $b.levels)
  AND (size($b.orgTypes) = 0 OR b.orgType IN $b.orgTypes)
  AND (size($b.eventTypes) = 0 OR b.eventType IN $b.eventTypes)
  AND ($b.within = '' OR EXISTS {
    MATCH (b)-[:LOCATED_IN*1..]->(root:Entity)
    WHERE root <> b AND (root.id = $b.within OR $b.within IN coalesce(root.mergedIds, []))
  })
  AND (($b.dateFrom = '' AND $b.dateTo = '') OR (b:Event AND b.date IS NOT NULL AND NOT b.date STARTS WITH 'XXXX'
    AND ($b.dateFrom = '' OR b.date >= left($b.dateFrom, size(b.date)))
    AND ($b.dateTo = '' OR left(b.date, size($b.dateTo)) <= $b.dateTo)))
  AND ($b.nameContains = '' OR any(k IN b.nameKeys WHERE k CONTAINS $b.nameContains))
  AND ($b.nameStartsWith = '' OR any(k IN b.nameKeys WHERE k STARTS WITH $b.nameStartsWith))
  // end filter
RETURN
  a {
    .id,
    claims: [(a)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  } AS a,
  b {
    .id,
    claims: [(b)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  } AS b,
  CASE WHEN ev IS NULL THEN null ELSE ev {
    .id,
    claims: [(ev)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  } END AS event,
  [r IN rels | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations

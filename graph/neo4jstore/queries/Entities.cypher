// A page of the entities matching a filter, with the total count.
// The filter block is shared with Meetings.cypher (kept identical by a test).
// With filter ids the candidates come from index seeks (each id as an
// entity id and as a merged id); without, every entity is a candidate.
// Parameters:
//   $filter: MAP {ids, kinds, countries, levels, orgTypes, eventTypes: LIST<STRING>; within, dateFrom, dateTo, nameContains, nameStartsWith: STRING ('' = no bound; names already folded)}
//   $orderBy: STRING, NAME, DATE or SOURCES
//   $skip: INTEGER, the first position of the page
//   $limit: INTEGER, the page size
// Returns: total (INTEGER), entities (LIST<MAP {id, claims}>)
CALL () {
  UNWIND $filter.ids AS id
  MATCH (e:Entity {id: id})
  RETURN e
  UNION
  UNWIND $filter.ids AS id
  MATCH (:MergedId {id: id})-[:MERGED_INTO]->(e:Entity)
  RETURN e
  UNION
  WITH $filter AS f
  WHERE size(f.ids) = 0
  MATCH (e:Entity)
  RETURN e
}
WITH e
WHERE
  // filter e $filter
  (size($filter.ids) = 0 OR e.id IN $filter.ids OR any(m IN coalesce(e.mergedIds, []) WHERE m IN $filter.ids))
  AND (size($filter.kinds) = 0 OR any(l IN labels(e) WHERE l IN $filter.kinds))
  AND (size($filter.countries) = 0 OR e.country IN $filter.countries)
  AND (size($filter.levels) = 0 OR e.level IN $filter.levels)
  AND (size($filter.orgTypes) = 0 OR e.orgType IN $filter.orgTypes)
  AND (size($filter.eventTypes) = 0 OR e.eventType IN $filter.eventTypes)
  AND ($filter.within = '' OR EXISTS {
    MATCH (e)-[:LOCATED_IN*1..]->(root:Entity)
    WHERE root <> e AND (root.id = $filter.within OR $filter.within IN coalesce(root.mergedIds, []))
  })
  AND (($filter.dateFrom = '' AND $filter.dateTo = '') OR (e:Event AND e.date IS NOT NULL AND NOT e.date STARTS WITH 'XXXX'
    AND ($filter.dateFrom = '' OR e.date >= left($filter.dateFrom, size(e.date)))
    AND ($filter.dateTo = '' OR left(e.date, size($filter.dateTo)) <= $filter.dateTo)))
  AND ($filter.nameContains = '' OR any(k IN e.nameKeys WHERE k CONTAINS $filter.nameContains))
  AND ($filter.nameStartsWith = '' OR any(k IN e.nameKeys WHERE k STARTS WITH $filter.nameStartsWith))
  // end filter
WITH e
ORDER BY
  CASE WHEN $orderBy = 'NAME' THEN e.sortName END,
  CASE WHEN $orderBy = 'DATE' THEN e.date END,
  CASE WHEN $orderBy = 'SOURCES' THEN -e.sourceCount END,
  e.id
WITH collect(e) AS hits
RETURN size(hits) AS total, [e IN hits[$skip..($skip + $limit)] | e {
  .id,
  claims: [(e)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
}] AS entities

// One entity by its id, or the entity that id was merged into.
// Parameters:
//   $id: STRING
// Returns: entity (MAP {id, claims: LIST<MAP>}), at most one row
MATCH (e:Entity)
WHERE e.id = $id OR $id IN coalesce(e.mergedIds, [])
RETURN e {
  .id,
  claims: [(e)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
} AS entity
ORDER BY e.id = $id DESC, e.id
LIMIT 1

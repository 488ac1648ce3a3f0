// One entity by its id, or else the entity that id was merged into (the
// smallest id if several list it). Both lookups are index seeks: the
// entity_id constraint, and merged_id through (:MergedId)-[:MERGED_INTO]->.
// Parameters:
//   $id: STRING
// Returns: entity (MAP {id, claims: LIST<MAP>}), at most one row
CALL () {
  MATCH (x:Entity {id: $id})
  RETURN x, 0 AS rank
  UNION
  MATCH (:MergedId {id: $id})-[:MERGED_INTO]->(x:Entity)
  RETURN x, 1 AS rank
}
WITH x AS e, rank
ORDER BY rank, e.id
LIMIT 1
RETURN e {
  .id,
  claims: [(e)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
} AS entity

// Keeps the merged-id lookup in step with the folded entities: for every
// touched entity, unlinks the (:MergedId) nodes of ids it no longer lists
// (deleting those left pointing at no entity) and links those it lists.
// Runs after the reads (which MERGE every touched entity) and before
// entities are deleted; an entity about to be deleted lists no ids.
// Parameters:
//   $entities: LIST<MAP>, rows {id, mergedIds: LIST<STRING>}, one per touched entity
// Returns: nothing
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  MATCH (m:MergedId)-[l:MERGED_INTO]->(e)
  WHERE NOT m.id IN row.mergedIds
  DELETE l
  WITH m
  WHERE NOT EXISTS { (m)-[:MERGED_INTO]->(:Entity) }
  DELETE m
}
CALL (e, row) {
  UNWIND row.mergedIds AS mergedId
  MERGE (m:MergedId {id: mergedId})
  MERGE (m)-[:MERGED_INTO]->(e)
}

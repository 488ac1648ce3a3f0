// Reads the claims of every relation a write touches: those going out of
// the touched entities that the article supported before or states now.
// Parameters:
//   $articleId: STRING
//   $entityIds: LIST<STRING>, the touched entities
//   $relationIds: LIST<STRING>, the ids of the relations the article states now
// Returns: relation (MAP {id, type, from, to, claim lists}), one row per existing relation
UNWIND $entityIds AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE $articleId IN r.articleIds OR r.id IN $relationIds
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation

// Every entity with its claims, by id.
// Returns: entity (MAP {id, claims})
MATCH (e:Entity)
RETURN e {
  .id,
  claims: [(e)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
} AS entity
ORDER BY e.id

// Every shortest chain of relations, in either direction and of the given
// types, between the entities $from and $to stand for (each its entity, or
// else the entity it was merged into, as in Entity.cypher; index seeks).
// When both stand for one entity the path is that entity alone.
// The pattern names the six graph.RelTypes, so the search never walks
// through articles or the merged-id lookup, and its bound 6 is
// graph.MaxPathHops (variable-length bounds cannot be parameters; a test
// keeps both equal to package graph). Longer shortest paths than $maxHops
// are dropped after the search, which is exact because a shortest path
// longer than $maxHops means none within it.
// Parameters:
//   $from: STRING
//   $to: STRING
//   $types: LIST<STRING>, the relationship types allowed (never empty)
//   $maxHops: INTEGER, 1..6
// Returns: entities (LIST<MAP {id, claims}>), relations (LIST<MAP {id, type, from, to, claim lists}>)
CALL () {
  CALL () {
    MATCH (x:Entity {id: $from})
    RETURN x, 0 AS rank
    UNION
    MATCH (:MergedId {id: $from})-[:MERGED_INTO]->(x:Entity)
    RETURN x, 1 AS rank
  }
  WITH x, rank
  ORDER BY rank, x.id
  LIMIT 1
  RETURN x AS a
}
CALL () {
  CALL () {
    MATCH (x:Entity {id: $to})
    RETURN x, 0 AS rank
    UNION
    MATCH (:MergedId {id: $to})-[:MERGED_INTO]->(x:Entity)
    RETURN x, 1 AS rank
  }
  WITH x, rank
  ORDER BY rank, x.id
  LIMIT 1
  RETURN x AS b
}
CALL (a, b) {
  WITH a, b
  WHERE a = b
  RETURN [a] AS ns, [] AS rs
  UNION
  WITH a, b
  WHERE a <> b
  MATCH p = allShortestPaths((a)-[:ATTENDED|HOSTED|SIGNED|VISITED|REPRESENTS|LOCATED_IN*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $types)
  WITH p
  WHERE length(p) <= $maxHops
  RETURN nodes(p) AS ns, relationships(p) AS rs
}
RETURN
  [n IN ns | n {
    .id,
    claims: [(n)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  }] AS entities,
  [r IN rs | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations

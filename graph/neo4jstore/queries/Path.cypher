// Every shortest chain of relations, in either direction and of the given
// types, between two distinct entities (or the entities their ids were
// merged into). The bound 6 is graph.MaxPathHops (variable-length bounds
// cannot be parameters; a test keeps them equal); longer shortest paths
// than $maxHops are dropped after the search, which is exact because a
// shortest path longer than $maxHops means none within it.
// Parameters:
//   $from: STRING
//   $to: STRING
//   $types: LIST<STRING>, the relationship types allowed (never empty)
//   $maxHops: INTEGER, 1..6
// Returns: entities (LIST<MAP {id, claims}>), relations (LIST<MAP {id, type, from, to, claim lists}>)
MATCH (a:Entity)
WHERE a.id = $from OR $from IN coalesce(a.mergedIds, [])
MATCH (b:Entity)
WHERE (b.id = $to OR $to IN coalesce(b.mergedIds, [])) AND a <> b
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p
WHERE length(p) <= $maxHops
RETURN
  [n IN nodes(p) | n {
    .id,
    claims: [(n)-[m:MENTIONED_IN]->(src:Article) | m {.*, articleId: src.id}]
  }] AS entities,
  [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS relations

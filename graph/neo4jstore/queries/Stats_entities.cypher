// How many entities of each kind are stored.
// Parameters:
//   $kinds: LIST<STRING>, the kind labels (graph.Kinds)
// Returns: kind (STRING), n (INTEGER)
MATCH (e:Entity)
UNWIND labels(e) AS kind
WITH kind
WHERE kind IN $kinds
RETURN kind, count(*) AS n

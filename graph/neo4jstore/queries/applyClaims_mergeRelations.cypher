// Creates or updates the touched relations with their folded properties and
// their claims (parallel lists: articleIds, sentences, languages, roles,
// agreements, confidences). The type comes from a closed list: each FOREACH
// merges one fixed relationship type.
// Parameters:
//   $relations: LIST<MAP>, rows {type, from, to, props: MAP including id}
// Returns: nothing
UNWIND $relations AS row
MATCH (a:Entity)
WHERE a.id = row.from
MATCH (b:Entity)
WHERE b.id = row.to
FOREACH (_ IN CASE WHEN row.type = 'ATTENDED' THEN [1] ELSE [] END | MERGE (a)-[r:ATTENDED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'HOSTED' THEN [1] ELSE [] END | MERGE (a)-[r:HOSTED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'SIGNED' THEN [1] ELSE [] END | MERGE (a)-[r:SIGNED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'VISITED' THEN [1] ELSE [] END | MERGE (a)-[r:VISITED]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'REPRESENTS' THEN [1] ELSE [] END | MERGE (a)-[r:REPRESENTS]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END | MERGE (a)-[r:LOCATED_IN]->(b) SET r = row.props)

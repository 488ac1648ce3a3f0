// Creates or updates the touched entities with their folded properties.
// The kind label comes from a closed list: each FOREACH sets one fixed label.
// Parameters:
//   $entities: LIST<MAP>, rows {kind, props: MAP of folded properties including id}
// Returns: nothing
UNWIND $entities AS row
MERGE (e:Entity {id: row.props.id})
SET e = row.props
REMOVE e:Region:Organisation:Official:Event
FOREACH (_ IN CASE WHEN row.kind = 'Region' THEN [1] ELSE [] END | SET e:Region)
FOREACH (_ IN CASE WHEN row.kind = 'Organisation' THEN [1] ELSE [] END | SET e:Organisation)
FOREACH (_ IN CASE WHEN row.kind = 'Official' THEN [1] ELSE [] END | SET e:Official)
FOREACH (_ IN CASE WHEN row.kind = 'Event' THEN [1] ELSE [] END | SET e:Event)

// Stores the article's claims about entities: one MENTIONED_IN per entity,
// carrying what the article says of it and the evidence sentence.
// Parameters:
//   $articleId: STRING
//   $mentions: LIST<MAP>, rows {id, props: MAP of the claim}
// Returns: nothing
MATCH (a:Article {id: $articleId})
UNWIND $mentions AS row
MATCH (e:Entity {id: row.id})
CREATE (e)-[m:MENTIONED_IN]->(a)
SET m = row.props

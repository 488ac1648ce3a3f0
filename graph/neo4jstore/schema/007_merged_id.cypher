// Lookups by merged id: one (:MergedId {id})-[:MERGED_INTO]->(:Entity) per
// id in an entity's mergedIds, kept by WriteArticle and Retract. A list
// property cannot be searched by element through an index in Neo4j 5, so
// this node is what makes "the entity an id was merged into" a seek.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:MergedId) REQUIRE n.id IS UNIQUE

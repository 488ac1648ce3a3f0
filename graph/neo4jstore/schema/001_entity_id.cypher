// Every entity, whatever its kind, has a unique id: the key writes MERGE on.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE

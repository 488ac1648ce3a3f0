// Official ids are unique (and indexed) for lookups by label.
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE

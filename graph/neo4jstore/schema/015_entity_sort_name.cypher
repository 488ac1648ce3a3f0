// Ordering entity lists by name.
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)

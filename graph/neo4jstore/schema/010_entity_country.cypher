// Filters on an entity's country (ISO 3166-1 alpha-2).
CREATE INDEX entity_country IF NOT EXISTS FOR (n:Entity) ON (n.country)

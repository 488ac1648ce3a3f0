// Filters on a region's administrative level.
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level)

// Date ranges and ordering of events (ISO dates compare as strings).
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)

// Filters on an event's type.
CREATE INDEX event_event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType)

// Filters by event kind (airstrike, shelling...).
CREATE RANGE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind)

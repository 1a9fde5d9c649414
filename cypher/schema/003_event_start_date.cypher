// Date-range filters and timeline sorting on events.
CREATE RANGE INDEX event_start_date IF NOT EXISTS FOR (e:Event) ON (e.startDate)

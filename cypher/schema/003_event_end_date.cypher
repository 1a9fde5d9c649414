// "Events since a day" filters on the end date (an event overlaps a range when it ends on or after its start).
CREATE RANGE INDEX event_end_date IF NOT EXISTS FOR (e:Event) ON (e.endDate)

// eventsOfOtherSourcesInWindow: the events a dataset's bulk import may join a batch of its rows to: those of the other
// origins (a dataset does not report one incident twice) within the matching window of the batch's dates. A batch asks
// this once and matches its rows against these few, instead of seeking each row's crowded neighbourhood (a city holds
// thousands of one dataset's events, none of which can be its match).
// $eventIds: LIST<STRING> (the batch's events, already written), $origins: LIST<STRING> (the origins that may match:
// src/vocabulary/EventOrigin.ts), $windowDays: INTEGER, $longestSpanDays: INTEGER (events spanning more are left out).
// Returns id. One seek of the event_origin_start index per origin, between the batch's first and last dates: the
// importing dataset's own events, most of the graph, are never read.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
WITH min(e.startDate) - duration({days: $windowDays}) AS first, max(e.endDate) + duration({days: $windowDays}) AS last
UNWIND $origins AS origin
MATCH (c:Event)
USING INDEX SEEK c:Event(origin, startDate)
WHERE c.origin = origin
  AND c.startDate >= first - duration({days: $longestSpanDays})
  AND c.startDate <= last
  AND c.endDate >= first
RETURN c.id AS id

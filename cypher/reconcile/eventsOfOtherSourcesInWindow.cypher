// eventsOfOtherSourcesInWindow: the events a dataset's bulk import may join a batch of its rows to: those of the other
// origins (a dataset does not report one incident twice) within the matching window of the batch's dates and within
// the widest distance window of the batch's points. A batch asks this once and matches its rows against these few,
// instead of seeking each row's crowded neighbourhood (a city holds thousands of one dataset's events, none of which
// can be its match); the box keeps a world-wide dataset's events of the same dates out of a one-country batch.
// $eventIds: LIST<STRING> (the batch's events, already written), $origins: LIST<STRING> (the origins that may match:
// src/vocabulary/EventOrigin.ts), $windowDays: INTEGER, $longestSpanDays: INTEGER (events spanning more are left out),
// $marginKm: FLOAT (the widest distance window). Returns id. One seek of the event_origin_start index per origin,
// between the batch's first and last dates: the importing dataset's own events, most of the graph, are never read.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
WITH min(e.startDate) - duration({days: $windowDays}) AS first, max(e.endDate) + duration({days: $windowDays}) AS last,
     min(e.point.latitude) AS south, max(e.point.latitude) AS north,
     min(e.point.longitude) AS west, max(e.point.longitude) AS east
// Degrees of latitude are 111.2 km everywhere; of longitude, fewer km towards the poles (the box's widest latitude).
WITH first, last, south - $marginKm / 111.2 AS south, north + $marginKm / 111.2 AS north, west, east,
     $marginKm / (111.2 * cos(radians(CASE WHEN abs(south) > abs(north) THEN abs(south) ELSE abs(north) END))) AS lonMargin
UNWIND $origins AS origin
MATCH (c:Event)
USING INDEX SEEK c:Event(origin, startDate)
WHERE c.origin = origin
  AND c.startDate >= first - duration({days: $longestSpanDays})
  AND c.startDate <= last
  AND c.endDate >= first
  AND (south IS NULL OR c.point IS NULL OR (c.point.latitude >= south AND c.point.latitude <= north
       AND (abs(north) > 80 OR abs(south) > 80 OR east + lonMargin >= 180 OR west - lonMargin <= -180
            OR (c.point.longitude >= west - lonMargin AND c.point.longitude <= east + lonMargin))))
RETURN c.id AS id

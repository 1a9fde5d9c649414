// eventsPage: one page of events matching the filters, by start date (undated last), then id.
// $kinds: LIST<STRING> | null, $from: DATE | null, $to: DATE | null (events overlapping the range),
// $skip: INTEGER, $limit: INTEGER. Returns totalCount and ids (the page, in order).
MATCH (e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.endDate >= $from)
  AND ($to IS NULL OR e.startDate <= $to)
WITH e ORDER BY e.startDate IS NULL, e.startDate, e.id
WITH collect(e.id) AS ids
RETURN size(ids) AS totalCount, ids[$skip..$skip + $limit] AS ids

// eventsOfOtherSourcesInWindow: the events a dataset's bulk import may join a batch of its rows to: those within the
// matching window of the batch's dates that the dataset did not record itself (a dataset does not report one incident
// twice). A batch asks this once and matches its rows against these few, instead of seeking each row's crowded
// neighbourhood (a city holds thousands of one dataset's events, none of which can be its match).
// $eventIds: LIST<STRING> (the batch's events, already written), $datasetName: STRING (the `datasetName` the importer
// records on its events), $windowDays: INTEGER, $longestSpanDays: INTEGER (events spanning more are left out).
// Returns id. Seeks the event_start_date range index between the batch's first and last dates.
UNWIND $eventIds AS eventId
MATCH (e:Event {id: eventId})
WITH min(e.startDate) - duration({days: $windowDays}) AS first, max(e.endDate) + duration({days: $windowDays}) AS last
MATCH (c:Event)
WHERE c.startDate >= first - duration({days: $longestSpanDays})
  AND c.startDate <= last
  AND c.endDate >= first
  AND coalesce(c.datasetName, '') <> $datasetName
RETURN c.id AS id

// eventsAtLocationPage: one page of the events that occurred at exactly the given place (not inside it), with the total.
// $locationId: STRING, $order: 'NEWEST_FIRST' | 'OLDEST_FIRST' | 'MOST_KILLED_FIRST', $skip: INTEGER, $limit: INTEGER.
// Returns totalCount and ids (the page, in order; undated events last). Ordered as eventsPage orders them.
MATCH (:Location {id: $locationId})<-[:OCCURRED_IN]-(e:Event)
OPTIONAL CALL (e) {
  WITH e WHERE $order = 'MOST_KILLED_FIRST'
  MATCH (e)<-[:ABOUT]-(c:Claim) WHERE c.retractedAt IS NULL
  RETURN max(c.killed) AS maxKilled
}
WITH e, maxKilled
ORDER BY CASE WHEN $order = 'MOST_KILLED_FIRST' THEN coalesce(maxKilled, -1) END DESC,
         e.startDate IS NULL,
         CASE WHEN $order = 'NEWEST_FIRST' THEN e.startDate END DESC,
         CASE WHEN $order <> 'NEWEST_FIRST' THEN e.startDate END ASC,
         e.id
WITH collect(e.id) AS ids
RETURN size(ids) AS totalCount, ids[$skip..$skip + $limit] AS ids

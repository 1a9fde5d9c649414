// sourceClaimsPages: one page of the claims each given source made, newest first, with each source's total.
// $windows: LIST<{sourceId: STRING, skip: INTEGER, limit: INTEGER}>, $includeRetracted: BOOLEAN.
// Returns sourceId, totalCount and claimIds (the page). Newest first means by the day the claim was made
// (claimedOn) where known, else the start date of the event it is about; undated claims last; ties by id.
UNWIND $windows AS window
MATCH (s:Source {id: window.sourceId})
CALL (s) {
  OPTIONAL MATCH (s)-[:MADE]->(c:Claim)-[:ABOUT]->(e:Event)
  WHERE $includeRetracted OR c.retractedAt IS NULL
  WITH c, coalesce(c.claimedOn, e.startDate) AS day
  ORDER BY day IS NULL, day DESC, c.id
  RETURN collect(c.id) AS ids
}
RETURN window.sourceId AS sourceId, size(ids) AS totalCount, ids[window.skip..window.skip + window.limit] AS claimIds

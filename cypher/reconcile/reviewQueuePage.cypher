// reviewQueuePage: pairs of events that may be one incident, waiting for an editor, best first.
// $afterScore: FLOAT, $afterKey: STRING (the position after which to start: score, then eventId|candidateId; null
// score for the first page), $limit: INTEGER. Returns eventId, candidateId, score, reasons, total (all waiting pairs).
CALL () {
  MATCH (:Event)-[p:POSSIBLY_SAME]->(:Event)
  RETURN count(p) AS total
}
MATCH (e:Event)-[p:POSSIBLY_SAME]->(c:Event)
WITH total, e.id AS eventId, c.id AS candidateId, p.score AS score, p.reasons AS reasons, e.id + '|' + c.id AS key
WHERE $afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND key > $afterKey)
RETURN eventId, candidateId, score, reasons, total
ORDER BY score DESC, key
LIMIT $limit

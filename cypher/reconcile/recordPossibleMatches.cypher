// recordPossibleMatches: candidates that fell short of an automatic join wait for an editor as POSSIBLY_SAME links
// from the newer report to the event it may be, with the score and its reasons.
// $pairs: LIST<{eventId, candidateId, score, reasons}>, $now: DATETIME. Returns recorded: how many.
UNWIND $pairs AS pair
MATCH (e:Event {id: pair.eventId})
MATCH (c:Event {id: pair.candidateId})
MERGE (e)-[p:POSSIBLY_SAME]->(c)
ON CREATE SET p.createdAt = $now
SET p.score = pair.score, p.reasons = pair.reasons, p.updatedAt = $now
RETURN count(p) AS recorded

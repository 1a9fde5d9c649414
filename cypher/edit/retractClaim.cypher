// retractClaim: marks a claim retracted (kept, with the reason, who and when) unless it already is.
// $id: STRING, $reason: STRING, $now: DATETIME, $by: STRING.
// Returns alreadyRetracted: BOOLEAN; no row when there is no claim with that id.
MATCH (c:Claim {id: $id})
WITH c, c.retractedAt IS NOT NULL AS alreadyRetracted
FOREACH (_ IN CASE WHEN alreadyRetracted THEN [] ELSE [1] END |
  SET c.retractedAt = $now, c.retractionReason = $reason, c.retractedBy = $by, c.updatedAt = $now, c.updatedBy = $by)
RETURN alreadyRetracted

// updateNodeProperties: sets (or, with a null value, removes) properties of one node; updatedAt and updatedBy move
// only when a value really changes.
// $id: STRING, $props: MAP (null values remove), $now: DATETIME, $by: STRING. Returns changed: BOOLEAN.
MATCH (n:Entity {id: $id})
WITH n, any(key IN keys($props) WHERE coalesce(n[key] <> $props[key], n[key] IS NOT NULL OR $props[key] IS NOT NULL)) AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET n += $props, n.updatedAt = $now, n.updatedBy = $by)
RETURN changed

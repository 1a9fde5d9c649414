// partOfCycle: whether pointing $fromId PART_OF $toId would close a loop, because $toId already lies inside $fromId
// (a region made part of one of its own cities, an event part of one of its own parts).
// $fromId: STRING, $toId: STRING. Returns cycle: BOOLEAN.
MATCH (to:Entity {id: $toId})
RETURN EXISTS { (to)-[:PART_OF*1..]->(:Entity {id: $fromId}) } AS cycle

// sourceRecords: each given source's record: claims made, retracted, corroborated, contradicted, uncorroborated.
// $sourceIds: LIST<STRING>. Returns sourceId, claimsMade, retracted, corroborated, contradicted, uncorroborated.
// Definitions (kept in step with src/schema/sourceRecord.type.ts): a claim's family is BLAME for ATTRIBUTION,
// RESPONSIBILITY_CLAIM and DENIAL, CASUALTIES for CASUALTY_COUNT, ACCOUNT for OCCURRENCE and DESCRIPTION; it is
// negative when its stance is DENIES or its kind is DENIAL. Only unretracted claims of other sources about the same
// event count. An unretracted claim is corroborated when such a claim has its family, its actor (or both none) and
// its negativity, and an origin (the maker of the claim at the end of its RELAYS chain) that is neither this source
// nor this claim's origin. It is contradicted when such a claim has its family and actor (or an actor of the same chain:
// one is the other or part of it, at any depth; or both none) but the other negativity, or when both blame named actors
// (kind not UNKNOWN) of which neither is the other nor part of it: an unknown perpetrator contradicts nobody, and
// blaming a unit agrees with blaming its state. The rule of src/derive/contestationOf.ts for two sources.
UNWIND $sourceIds AS sourceId
MATCH (s:Source {id: sourceId})
OPTIONAL MATCH (s)-[:MADE]->(c:Claim)
OPTIONAL CALL (s, c) {
  WITH c WHERE c.retractedAt IS NULL
  MATCH (c)-[:ABOUT]->(event:Event)
  OPTIONAL MATCH (c)-[:ATTRIBUTES_TO]->(actor:Actor)
  CALL (c) {
    OPTIONAL MATCH (c)-[:RELAYS*0..20]->(origin:Claim)<-[:MADE]-(originSource:Source)
    WHERE NOT (origin)-[:RELAYS]->(:Claim)
    RETURN originSource.id AS originId LIMIT 1
  }
  WITH s, c, event, actor, coalesce(originId, s.id) AS originId,
       CASE WHEN actor IS NULL THEN [] ELSE [actor.id] + [(actor)-[:PART_OF*1..10]->(up:Actor) | up.id] END AS chain,
       CASE WHEN c.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM', 'DENIAL'] THEN 'BLAME'
            WHEN c.kind = 'CASUALTY_COUNT' THEN 'CASUALTIES' ELSE 'ACCOUNT' END AS family,
       (c.stance = 'DENIES' OR c.kind = 'DENIAL') AS negative
  OPTIONAL MATCH (event)<-[:ABOUT]-(other:Claim)<-[:MADE]-(otherSource:Source)
  WHERE otherSource <> s AND other.retractedAt IS NULL
  OPTIONAL MATCH (other)-[:ATTRIBUTES_TO]->(otherActor:Actor)
  CALL (other, otherSource) {
    OPTIONAL MATCH (other)-[:RELAYS*0..20]->(origin:Claim)<-[:MADE]-(originSource:Source)
    WHERE NOT (origin)-[:RELAYS]->(:Claim)
    RETURN coalesce(originSource.id, otherSource.id) AS otherOriginId LIMIT 1
  }
  WITH s, actor, chain, originId, family, negative, other, otherActor, otherOriginId,
       CASE WHEN otherActor IS NULL THEN [] ELSE [otherActor.id] + [(otherActor)-[:PART_OF*1..10]->(up:Actor) | up.id] END AS otherChain,
       CASE WHEN other.kind IN ['ATTRIBUTION', 'RESPONSIBILITY_CLAIM', 'DENIAL'] THEN 'BLAME'
            WHEN other.kind = 'CASUALTY_COUNT' THEN 'CASUALTIES' ELSE 'ACCOUNT' END AS otherFamily,
       (other.stance = 'DENIES' OR other.kind = 'DENIAL') AS otherNegative
  WITH s, originId, otherOriginId,
       other IS NOT NULL AND family = otherFamily AND coalesce(actor.id, '') = coalesce(otherActor.id, '') AS sameStatement,
       other IS NOT NULL AND family = otherFamily
         AND ((actor IS NULL AND otherActor IS NULL) OR actor.id IN otherChain OR otherActor.id IN chain) AS sameChainStatement,
       negative = otherNegative AS sameNegativity,
       family = 'BLAME' AND NOT negative AND actor IS NOT NULL AND actor.kind <> 'UNKNOWN'
         AND otherFamily = 'BLAME' AND NOT otherNegative AND otherActor IS NOT NULL AND otherActor.kind <> 'UNKNOWN'
         AND NOT actor.id IN otherChain AND NOT otherActor.id IN chain AS blamesAnother
  RETURN count(CASE WHEN sameStatement AND sameNegativity AND otherOriginId <> s.id AND otherOriginId <> originId THEN 1 END) > 0 AS corroborated,
         count(CASE WHEN (coalesce(sameChainStatement, false) AND NOT sameNegativity) OR coalesce(blamesAnother, false) THEN 1 END) > 0 AS contradicted
}
WITH sourceId, c, c IS NOT NULL AND c.retractedAt IS NULL AS standing, coalesce(corroborated, false) AS isCorroborated,
     coalesce(contradicted, false) AS isContradicted
RETURN sourceId,
       count(c) AS claimsMade,
       count(CASE WHEN c.retractedAt IS NOT NULL THEN 1 END) AS retracted,
       count(CASE WHEN standing AND isCorroborated THEN 1 END) AS corroborated,
       count(CASE WHEN standing AND isContradicted THEN 1 END) AS contradicted,
       count(CASE WHEN standing AND NOT isCorroborated THEN 1 END) AS uncorroborated

// attributedPageObjects: the whole objects of a page eventsAttributedTo found, for a query that selects more than
// summaries carry: the events with their places, the matched claims with their documents and sources, each as the
// per-kind statements give it (eventsByIds, locationsByIds, claimsByIds, documentsByIds, sourcesByIds; instants as
// epoch milliseconds and dates as text, which the driver decodes far more cheaply than DATETIME and DATE values).
// $eventIds: LIST<STRING>, $claimIds: LIST<STRING>.
// Returns events, locations (once each), claims, documents (once each) and sources (those of the claims, once each).
CALL () {
  UNWIND $eventIds AS eventId
  MATCH (e:Event {id: eventId})
  OPTIONAL MATCH (e)-[:OCCURRED_IN]->(l:Location)
  OPTIONAL MATCH (l)-[:PART_OF]->(parentPlace:Location)
  OPTIONAL MATCH (e)-[:PART_OF]->(parentEvent:Event)
  RETURN collect(e {.id, .kind, .title, .description, startDate: toString(e.startDate), endDate: toString(e.endDate), .datePrecision, .dateNote, updatedAt: e.updatedAt.epochMillis, locationId: l.id, partOfEventId: parentEvent.id}) AS events,
         collect(DISTINCT l {.id, .name, .aliases, .kind, .point, .geoPrecision, .countryCode, .note, updatedAt: l.updatedAt.epochMillis, parentId: parentPlace.id}) AS locations
}
CALL () {
  UNWIND $claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  CALL (c) {
    MATCH (source:Source)-[:MADE]->(c)
    MATCH (c)-[:ABOUT]->(event:Event)
    OPTIONAL MATCH (c)-[:ATTRIBUTES_TO]->(actor:Actor)
    OPTIONAL MATCH (c)-[:REPORTED_IN]->(document:Document)
    OPTIONAL MATCH (c)-[:RELAYS]->(relayed:Claim)
    RETURN source, event, actor, document, relayed LIMIT 1
  }
  OPTIONAL MATCH (document)-[:PUBLISHED_BY]->(publisher:Source)
  RETURN collect(c {.id, .kind, .stance, .quote, .confidence, .killed, .injured, .civiliansKilled, .figuresAreMinimum, .killedLow, .killedHigh, .unknownStatusKilled, .killedAmongActorIds, .killedAmongCounts, claimedOn: toString(c.claimedOn), .claimedOnPrecision, .note,
                    .retractionReason, retractedAt: c.retractedAt.epochMillis, updatedAt: c.updatedAt.epochMillis, sourceId: source.id, eventId: event.id, actorId: actor.id, documentId: document.id, relaysClaimId: relayed.id,
                    involved: [(c)-[i:INVOLVES]->(x:Actor) | {actorId: x.id, role: i.role}]}) AS claims,
         collect(DISTINCT source) AS claimSources,
         collect(DISTINCT document {.id, .title, .url, publishedOn: toString(document.publishedOn), .publishedOnPrecision, .language, updatedAt: document.updatedAt.epochMillis, publisherId: publisher.id}) AS documents
}
CALL (claimSources) {
  UNWIND claimSources AS source
  OPTIONAL MATCH (source)-[:AFFILIATED_WITH]->(affiliated:Actor)
  RETURN collect(source {.id, .name, .kind, .url, .description, updatedAt: source.updatedAt.epochMillis, affiliatedActorId: affiliated.id}) AS sources
}
RETURN events, locations, claims, documents, sources

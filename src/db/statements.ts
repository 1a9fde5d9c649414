// The registry of Cypher statements: a name for each file under cypher/ (schema files apart).
export const statementFiles = {
  findExistingNodes: 'ingest/findExistingNodes.cypher',
  mergeActors: 'ingest/mergeActors.cypher',
  mergeLocations: 'ingest/mergeLocations.cypher',
  mergeSources: 'ingest/mergeSources.cypher',
  mergeDocuments: 'ingest/mergeDocuments.cypher',
  mergeEvents: 'ingest/mergeEvents.cypher',
  mergeClaims: 'ingest/mergeClaims.cypher',
  mergeLinks: 'ingest/mergeLinks.cypher',
  deleteReplacedLinks: 'ingest/deleteReplacedLinks.cypher',
  copyEventPoints: 'ingest/copyEventPoints.cypher',
  countGraph: 'admin/countGraph.cypher',
  deleteAllNodes: 'admin/deleteAllNodes.cypher',
  actorsByIds: 'actor/actorsByIds.cypher',
  actorTies: 'actor/actorTies.cypher',
  locationsByIds: 'location/locationsByIds.cypher',
  sourcesByIds: 'source/sourcesByIds.cypher',
  documentsByIds: 'document/documentsByIds.cypher',
  eventsByIds: 'event/eventsByIds.cypher',
  eventsPage: 'event/eventsPage.cypher',
  claimsByIds: 'claim/claimsByIds.cypher',
  claimsAboutEvents: 'claim/claimsAboutEvents.cypher',
  claimsRelayingClaims: 'claim/claimsRelayingClaims.cypher',
} as const;

export type StatementName = keyof typeof statementFiles;

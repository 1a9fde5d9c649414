// Every resolver class of the schema.
import { ActorMergeResolver } from './ActorMergeResolver';
import { ActorResolver } from './ActorResolver';
import { ApiKeyResolver } from './ApiKeyResolver';
import { ActorTieResolver } from './ActorTieResolver';
import { AttributedEventEdgeResolver } from './AttributedEventEdgeResolver';
import { AttributionResolver } from './AttributionResolver';
import { BundleResolver } from './BundleResolver';
import { ChangeResolver } from './ChangeResolver';
import { ClaimResolver } from './ClaimResolver';
import { DocumentResolver } from './DocumentResolver';
import { EventGeoJsonResolver } from './EventGeoJsonResolver';
import { EventResolver } from './EventResolver';
import { InvolvementResolver } from './InvolvementResolver';
import { LocationResolver } from './LocationResolver';
import { NetworkTieResolver } from './NetworkTieResolver';
import { NodeResolver } from './NodeResolver';
import { SearchResolver } from './SearchResolver';
import { SourceAttributionsResolver } from './SourceAttributionsResolver';
import { SourceResolver } from './SourceResolver';
import { auditFieldResolvers } from './AuditFieldsResolver';
import { editMutationResolvers } from './EditMutations';
import { EditMutationsClaim } from './EditMutationsClaim';
import { AcledImportResolver } from './AcledImportResolver';
import { ActorCandidateResolver, IncidentCandidateResolver, ReviewPairResolver } from './ReconcileFieldResolvers';
import { ReconcileResolver } from './ReconcileResolver';
import { ActorExternalIdsResolver } from './ActorExternalIdsResolver';
import { ActorKilledResolver } from './ActorKilledResolver';
import { UcdpImportResolver } from './UcdpImportResolver';

export const resolvers = [
  ActorResolver, ActorTieResolver, AttributedEventEdgeResolver, AttributionResolver, ClaimResolver, DocumentResolver, EventResolver, InvolvementResolver, LocationResolver, SourceResolver,
  NodeResolver, SearchResolver,
  NetworkTieResolver, SourceAttributionsResolver,
  ApiKeyResolver,
  ...editMutationResolvers, EditMutationsClaim,
  ...auditFieldResolvers,
  BundleResolver, ActorMergeResolver, ChangeResolver,
  AcledImportResolver,
  EventGeoJsonResolver,
  ReconcileResolver, IncidentCandidateResolver, ReviewPairResolver, ActorCandidateResolver,
  ActorExternalIdsResolver, ActorKilledResolver, UcdpImportResolver,
] as const;

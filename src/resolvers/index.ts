// Every resolver class of the schema.
import { AcledImportResolver } from './AcledImportResolver';
import { ActorExternalIdsResolver } from './ActorExternalIdsResolver';
import { ActorKilledResolver } from './ActorKilledResolver';
import { ActorMergeResolver } from './ActorMergeResolver';
import { ActorResolver } from './ActorResolver';
import { ActorTieResolver } from './ActorTieResolver';
import { ApiKeyResolver } from './ApiKeyResolver';
import { AttributedEventEdgeResolver } from './AttributedEventEdgeResolver';
import { AttributionResolver } from './AttributionResolver';
import { auditFieldResolvers } from './AuditFieldsResolver';
import { AttributionByEventResolver, CasualtyEstimateResolver, EventCasualtiesResolver } from './BreakdownResolvers';
import { BundleResolver } from './BundleResolver';
import { ChangeResolver } from './ChangeResolver';
import { ClaimResolver } from './ClaimResolver';
import { ActorNamePartsResolver, EventDatasetRecordResolver } from './DatasetFieldsResolver';
import { DocumentResolver } from './DocumentResolver';
import { editMutationResolvers } from './EditMutations';
import { EditMutationsClaim } from './EditMutationsClaim';
import { EventGeoJsonResolver } from './EventGeoJsonResolver';
import { EventResolver } from './EventResolver';
import { InvolvementResolver } from './InvolvementResolver';
import { LocationResolver } from './LocationResolver';
import { NetworkTieResolver } from './NetworkTieResolver';
import { NodeResolver } from './NodeResolver';
import { ActorCandidateResolver, IncidentCandidateResolver, ReviewPairResolver } from './ReconcileFieldResolvers';
import { ReconcileResolver } from './ReconcileResolver';
import { SearchResolver } from './SearchResolver';
import { SourceAttributionsResolver } from './SourceAttributionsResolver';
import { SourceResolver } from './SourceResolver';
import { UcdpImportResolver } from './UcdpImportResolver';
import { ViewerResolver } from './ViewerResolver';

export const resolvers = [
  ActorResolver,
  ActorTieResolver,
  AttributedEventEdgeResolver,
  AttributionResolver,
  ClaimResolver,
  DocumentResolver,
  EventResolver,
  InvolvementResolver,
  LocationResolver,
  SourceResolver,
  NodeResolver,
  SearchResolver,
  AttributionByEventResolver,
  CasualtyEstimateResolver,
  EventCasualtiesResolver,
  NetworkTieResolver,
  SourceAttributionsResolver,
  ApiKeyResolver,
  ...editMutationResolvers,
  EditMutationsClaim,
  ...auditFieldResolvers,
  BundleResolver,
  ActorMergeResolver,
  ChangeResolver,
  AcledImportResolver,
  EventDatasetRecordResolver,
  ActorNamePartsResolver,
  EventGeoJsonResolver,
  ReconcileResolver,
  IncidentCandidateResolver,
  ReviewPairResolver,
  ActorCandidateResolver,
  ActorExternalIdsResolver,
  ActorKilledResolver,
  UcdpImportResolver,
  ViewerResolver,
] as const;

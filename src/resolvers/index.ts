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
import { EditMutationsActor } from './EditMutationsActor';
import { EditMutationsClaim } from './EditMutationsClaim';
import { EditMutationsDocument } from './EditMutationsDocument';
import { EditMutationsEvent } from './EditMutationsEvent';
import { EditMutationsLocation } from './EditMutationsLocation';
import { EditMutationsSource } from './EditMutationsSource';
import { AcledImportResolver } from './AcledImportResolver';
import { ActorNamePartsResolver, EventDatasetRecordResolver } from './DatasetFieldsResolver';

export const resolvers = [
  ActorResolver, ActorTieResolver, AttributedEventEdgeResolver, AttributionResolver, ClaimResolver, DocumentResolver, EventResolver, InvolvementResolver, LocationResolver, SourceResolver,
  NodeResolver, SearchResolver,
  NetworkTieResolver, SourceAttributionsResolver,
  ApiKeyResolver,
  EditMutationsActor, EditMutationsLocation, EditMutationsSource, EditMutationsDocument, EditMutationsEvent, EditMutationsClaim,
  ...auditFieldResolvers,
  BundleResolver, ActorMergeResolver, ChangeResolver,
  AcledImportResolver, EventDatasetRecordResolver, ActorNamePartsResolver,
  EventGeoJsonResolver,
] as const;

// Every resolver class of the schema.
import { ActorResolver } from './ActorResolver';
import { ActorTieResolver } from './ActorTieResolver';
import { AttributedEventEdgeResolver } from './AttributedEventEdgeResolver';
import { AttributionResolver } from './AttributionResolver';
import { ClaimResolver } from './ClaimResolver';
import { DocumentResolver } from './DocumentResolver';
import { EventResolver } from './EventResolver';
import { InvolvementResolver } from './InvolvementResolver';
import { LocationResolver } from './LocationResolver';
import { NetworkTieResolver } from './NetworkTieResolver';
import { NodeResolver } from './NodeResolver';
import { SearchResolver } from './SearchResolver';
import { SourceAttributionsResolver } from './SourceAttributionsResolver';
import { SourceResolver } from './SourceResolver';

export const resolvers = [
  ActorResolver, ActorTieResolver, AttributedEventEdgeResolver, AttributionResolver, ClaimResolver, DocumentResolver, EventResolver, InvolvementResolver, LocationResolver, SourceResolver,
  NodeResolver, SearchResolver,
  NetworkTieResolver, SourceAttributionsResolver,
] as const;

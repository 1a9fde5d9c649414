// An actor's network: the actors and places reachable through its ties, and the ties among them.
import { Field, ObjectType } from 'type-graphql';

import { NetworkNode } from './networkNode.type';
import { NetworkTie } from './networkTie.type';

@ObjectType({
  description:
    'The actors and places reachable from an actor through ties up to a depth, ' +
    'and every tie among them: a graph ready to draw.',
})
export class ActorNetwork {
  @Field(() => [NetworkNode], {
    description: 'The actor itself (depth 0), then every reached actor and place, nearest first, then by id.',
  })
  nodes!: NetworkNode[];

  @Field(() => [NetworkTie], {
    description:
      'Every tie between two of the nodes (not only those on the shortest routes), by kind, ' +
      'then fromId, then toId.',
  })
  ties!: NetworkTie[];

  @Field({
    description:
      'True when more nodes were reachable than `maxNodes`, or more ties than the tie cap: ' +
      'the farthest were left out. Ask with a smaller depth, a date or a narrower actor.',
  })
  truncated!: boolean;
}

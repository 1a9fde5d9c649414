// What `ingestBundle` wrote.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'What a bundle changed in the graph. Sending the same bundle again gives zeros everywhere.',
})
export class IngestResult {
  @Field(() => Int, {
    description: 'Nodes (actors, places, sources, documents, events, claims) that did not exist before.',
  })
  nodesCreated!: number;

  @Field(() => Int, { description: 'Nodes that existed and had a property changed by the bundle.' })
  nodesUpdated!: number;

  @Field(() => Int, {
    description: 'Relationships that did not exist before (ties, a claim’s event, actor, document...).',
  })
  linksCreated!: number;

  @Field(() => Int, {
    description: 'Relationships that existed and had a property changed (a tie’s dates, an involvement’s role).',
  })
  linksUpdated!: number;

  @Field(() => Int, {
    description:
      'Single-valued relationships removed because the bundle points them elsewhere (an event moved to another location).',
  })
  linksReplaced!: number;
}

import { GraphQLObjectType } from 'graphql';

import { searchSummaryFields, searchSummaryShape } from '../../../src/resolvers/searchSummaries';
import { buildGraphqlSchema } from '../../../src/server/buildGraphqlSchema';

const typeOfKind = {
  ACTOR: 'Actor',
  EVENT: 'Event',
  LOCATION: 'Location',
  SOURCE: 'Source',
  DOCUMENT: 'Document',
  CLAIM: 'Claim',
} as const;

test("each kind's summary carries every field of the summary shape that its type has, so no fragment reads a gap", async () => {
  const schema = await buildGraphqlSchema();
  const shapeFields = Object.keys((searchSummaryShape.edges as { node: { node: object } }).node.node);
  for (const [kind, typeName] of Object.entries(typeOfKind) as [keyof typeof typeOfKind, string][]) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    const fieldsOfType = shapeFields.filter((field) => field in type.getFields());
    expect({ kind, fields: [...searchSummaryFields[kind]].sort() }).toEqual({ kind, fields: fieldsOfType.sort() });
  }
});

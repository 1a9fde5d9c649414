// The GeoPrecision enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { GeoPrecision } from '../../vocabulary/GeoPrecision';

export { GeoPrecision };

registerEnumType(GeoPrecision, {
  name: 'GeoPrecision',
  description: 'How precise a point is.',
  valuesConfig: {
    EXACT: { description: 'The point is the place itself.' },
    DISTRICT: { description: 'The point is within the right district or area, not exact.' },
    CITY: { description: 'The point is the city centre; the place is somewhere in or near the city.' },
    REGION: { description: 'The point stands for a region.' },
    COUNTRY: { description: 'The point stands for a whole country.' },
  },
});

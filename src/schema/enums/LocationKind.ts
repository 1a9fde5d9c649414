// The LocationKind enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { LocationKind } from '../../vocabulary/LocationKind';

export { LocationKind };

registerEnumType(LocationKind, {
  name: 'LocationKind',
  description: 'The level of a place in the hierarchy country > region > city > district > site.',
  valuesConfig: {
    COUNTRY: { description: 'A country.' },
    REGION: { description: 'A region or province.' },
    CITY: { description: 'A city, town or village.' },
    DISTRICT: { description: 'A district or quarter of a city, or an area near it.' },
    SITE: { description: 'A single site (a building, a base).' },
  },
});

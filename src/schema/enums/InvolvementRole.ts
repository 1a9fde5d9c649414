// The InvolvementRole enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { InvolvementRole } from '../../vocabulary/InvolvementRole';

export { InvolvementRole };

registerEnumType(InvolvementRole, {
  name: 'InvolvementRole',
  description: 'How a claim says an actor took part in an event, other than as its perpetrator.',
  valuesConfig: {
    TARGET: { description: 'The actor (or its positions) was hit or aimed at (the brigades hit in Houn).' },
    VICTIM: { description: 'The actor suffered the event (Coptic Christians in the Minya attack).' },
    PARTICIPANT: { description: 'The actor took part (a party to a meeting, a visitor).' },
  },
});

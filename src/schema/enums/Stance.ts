// The Stance enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { Stance } from '../../vocabulary/Stance';

export { Stance };

registerEnumType(Stance, {
  name: 'Stance',
  description: 'How the source holds the claim.',
  valuesConfig: {
    ASSERTS: { description: 'States it as fact.' },
    DENIES: { description: 'Denies it.' },
    SUSPECTS: { description: 'Suggests or suspects it without stating it as fact.' },
  },
});

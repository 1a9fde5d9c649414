// Every kind of actor tie, to actors and to places, for filtering ties and labelling network links.
import { registerEnumType } from 'type-graphql';

import { TieKind } from '../../vocabulary/TieKind';

export { TieKind };

registerEnumType(TieKind, {
  name: 'TieKind',
  description:
    'Any kind of tie of an actor: the ActorTieKind values (to other actors) ' +
    'and the ActorPlaceTieKind values (to places).',
  valuesConfig: {
    PART_OF: {
      description: 'Actor to actor: a unit or member of the other (Egyptian Air Force PART_OF Egyptian Armed Forces).',
    },
    LEADS: { description: 'Actor to actor: leads or commands the other (Haftar LEADS the LNA).' },
    SUPPORTS: { description: 'Actor to actor: supports the other politically or materially.' },
    ALLIED_WITH: { description: 'Actor to actor: acts together or coordinates with the other.' },
    OPPOSES: { description: 'Actor to actor: opposes the other.' },
    FOUGHT: { description: 'Actor to actor: fought the other.' },
    CONTROLS: { description: 'Actor to place: controls the place (DMSC CONTROLS Derna).' },
    BESIEGES: { description: 'Actor to place: besieges the place.' },
    BASED_IN: { description: 'Actor to place: is based in the place.' },
  },
});

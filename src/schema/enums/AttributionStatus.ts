// How an actor blamed for an event stands: it claimed the event, others allege it, or nobody could name it.
import { registerEnumType } from 'type-graphql';

import { AttributionStatus } from '../../vocabulary/AttributionStatus';

export { AttributionStatus };

registerEnumType(AttributionStatus, {
  name: 'AttributionStatus',
  description: 'How an actor blamed for an event stands among the claims that blame it.',
  valuesConfig: {
    CLAIMED: { description: 'The actor claims the event as its own: an unretracted RESPONSIBILITY_CLAIM names it.' },
    ALLEGED: {
      description:
        'Sources blame the actor (asserting or suspecting it), but it has not claimed the event. ' +
        'An unidentified perpetrator blamed beside it leaves it alleged, not contested.',
    },
    UNIDENTIFIED: {
      description:
        'The actor stands for a perpetrator nobody could name (kind UNKNOWN, e.g. "unknown warplanes"); ' +
        'it disagrees with no named actor.',
    },
  },
});

// Chronological order of a list of events.
import { registerEnumType } from 'type-graphql';

import { DateOrder } from '../../vocabulary/DateOrder';

export { DateOrder };

registerEnumType(DateOrder, {
  name: 'DateOrder',
  description: 'Order of events by start date; undated events always come last.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Latest start date first.' },
    OLDEST_FIRST: { description: 'Earliest start date first.' },
  },
});

// Chronological order of a list of events.
import { registerEnumType } from 'type-graphql';

export enum DateOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

registerEnumType(DateOrder, {
  name: 'DateOrder',
  description: 'Order of events by start date; undated events always come last.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Latest start date first.' },
    OLDEST_FIRST: { description: 'Earliest start date first.' },
  },
});

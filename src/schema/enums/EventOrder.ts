// Orders of an event list.
import { registerEnumType } from 'type-graphql';

export enum EventOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
  MOST_KILLED_FIRST = 'MOST_KILLED_FIRST',
}

registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'Order of an event list; undated events come after dated ones.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Latest start date first.' },
    OLDEST_FIRST: { description: 'Earliest start date first.' },
    MOST_KILLED_FIRST: {
      description: 'Highest death toll any unretracted claim gives first; events without figures last.',
    },
  },
});

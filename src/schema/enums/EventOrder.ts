// Orders of an event list.
import { registerEnumType } from 'type-graphql';

import { EventOrder } from '../../vocabulary/EventOrder';

export { EventOrder };

registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'Order of an event list; undated events come after dated ones.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Latest start date first.' },
    OLDEST_FIRST: { description: 'Earliest start date first.' },
    MOST_KILLED_FIRST: {
      description:
        'Highest death toll any unretracted claim about the event or one of its parts gives first ' +
        '(a source’s own high estimate when it gives a range, as `casualties.killedHigh` reads it); ' +
        'events without figures last.',
    },
    BEST_GRADE_FIRST: {
      description:
        'By grade, CONFIRMED first, then FAIR, WEAK, CONTESTED and DISCOUNTED (see EventGrade); ' +
        'newest first within a grade.',
    },
  },
});

// How well an event is established by its claims: a small scale in the spirit of Airwars' grading of incidents.
import { registerEnumType } from 'type-graphql';

import { EventGrade } from '../../vocabulary/EventGrade';

export { EventGrade };

export const eventGradeOrder: readonly EventGrade[] = [
  EventGrade.CONFIRMED,
  EventGrade.FAIR,
  EventGrade.WEAK,
  EventGrade.CONTESTED,
  EventGrade.DISCOUNTED,
];

registerEnumType(EventGrade, {
  name: 'EventGrade',
  description:
    'How well an event is established, derived from the unretracted claims about it and its parts, in the spirit of Airwars’ grading of incidents (https://airwars.org/about/methodology/). ' +
    'The first level whose rule holds is the grade, in this order: CONTESTED, DISCOUNTED, CONFIRMED, FAIR, WEAK. "Independent sources" counts origins, as `independentSourceCount` does: relays of one origin count once. ' +
    'A claim supports the event when it is not retracted, not a DENIAL and not of stance DENIES. ' +
    'The grade does not weigh one kind of source above another. ' +
    'Listed from best established to least (the order of BEST_GRADE_FIRST).',
  valuesConfig: {
    CONFIRMED: {
      description:
        'An actor claims the event as its own (an unretracted RESPONSIBILITY_CLAIM names it, ' +
        'as `responsibility.claimed` says), and no source disagrees about who did it. Seed: the Copts attack, ' +
        'which Islamic State claimed.',
    },
    FAIR: {
      description:
        'Nobody claims it and no source disagrees about who did it, ' +
        'but two or more independent sources support it. Seed: the Derna strike of 30 October 2017.',
    },
    WEAK: {
      description:
        'Nobody claims it and no source disagrees about who did it, and one independent source supports it. Seed: ' +
        'the DMSC driving Islamic State out of Derna, on the article’s word alone.',
    },
    CONTESTED: {
      description:
        'Sources disagree about who did it: `contested.isContested` is true, whatever else holds. Seed: none; ' +
        'the Derna strike is CONTESTED once an Egyptian official denies what the DMSC blames on Egypt.',
    },
    DISCOUNTED: {
      description:
        'No claim supports it: every claim about it and its parts is retracted, a denial, ' +
        'or of stance DENIES (or there is none).',
    },
  },
});

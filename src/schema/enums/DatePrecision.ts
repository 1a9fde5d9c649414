// The DatePrecision enum of the graph model, shared by GraphQL and ingestion.
import { registerEnumType } from 'type-graphql';

import { DatePrecision } from '../../vocabulary/DatePrecision';

export { DatePrecision };

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precise a date is: the stored date is the first day of the period it stands for.',
  valuesConfig: {
    DAY: { description: 'Known to the day.' },
    MONTH: { description: 'Known to the month only; the day is not known.' },
    YEAR: { description: 'Known to the year only.' },
  },
});

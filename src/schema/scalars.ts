// The custom scalars the schema uses: calendar dates and instants.
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** `YYYY-MM-DD`, a calendar day without time zone. */
export const LocalDate = GraphQLLocalDate;
/** An instant, ISO-8601 in UTC. */
export const DateTime = GraphQLDateTimeISO;

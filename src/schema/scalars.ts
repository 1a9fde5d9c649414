// The custom scalars the schema uses: calendar dates and instants.
import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `YYYY-MM-DD`, a calendar day without time zone: graphql-scalars' LocalDate, except that a date read from Neo4j goes
 * out as it came. Its serializer proved each outgoing date a real calendar day through a Date object (1.5% of the API's
 * CPU on the canonical page, bench/findings.md, session 7); a `toString()` of a Neo4j DATE is one already. Anything
 * else still meets the full check, and so does every date a client sends.
 */
export const LocalDate = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  serialize: (value: unknown) =>
    typeof value === 'string' && calendarDay.test(value) ? value : GraphQLLocalDate.serialize(value),
});
/** An instant, ISO-8601 in UTC. */
export const DateTime = GraphQLDateTimeISO;

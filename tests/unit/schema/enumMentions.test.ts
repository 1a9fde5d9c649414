// Every enum value a description names exists: a description that names a value the schema does not have (a stance
// "reports") sends a client after a value it cannot send.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLEnumType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

import { ErrorCode } from '../../../src/errors/ErrorCode';
import { buildGraphqlSchema } from '../../../src/server/buildGraphqlSchema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphqlSchema();
});

/** Every description of the schema with what it describes, and the enum of the thing described (a field of an enum type). */
function descriptions(): { where: string; text: string; enumType?: GraphQLEnumType }[] {
  const found: { where: string; text: string; enumType?: GraphQLEnumType }[] = [];
  const add = (where: string, text: string | null | undefined, type?: GraphQLType) => {
    if (!text) return;
    const named = type ? getNamedType(type) : undefined;
    found.push({ where, text, enumType: named && isEnumType(named) ? named : undefined });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description, field.type);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.description, arg.type);
      }
    }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields()))
        add(`${type.name}.${field.name}`, field.description, field.type);
    if (isEnumType(type)) for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
  }
  return found;
}

/** Words in capitals that are not enum values: relationship types of the graph, and abbreviations. */
const notEnumValues = new Set([
  // Relationship types (docs/model.md); those that are also enum values (PART_OF, LEADS...) need no entry.
  'ABOUT',
  'MADE',
  'RELAYS',
  'ATTRIBUTES_TO',
  'INVOLVES',
  'REPORTED_IN',
  'PUBLISHED_BY',
  'AFFILIATED_WITH',
  'OCCURRED_IN',
  'MERGED_INTO',
  // The claim families SourceRecord defines for its own figures.
  'BLAME',
  'CASUALTIES',
  'ACCOUNT',
  // Settings (README, Configuration).
  'CHANGE_FEED_SETTLE_MS',
  'MAX_BODY_BYTES',
  'MAX_QUERY_COST',
  'MAX_QUERY_DEPTH',
  // Abbreviations and names.
  'ACLED',
  'UCDP',
  'GED',
  'MELTT',
  'HXL',
  'TTP',
  'DMSC',
  'LNA',
  'GNA',
  'API',
  'HTTP',
  'URL',
  'ISO',
  'RFC',
  'CSV',
  'JSON',
  'UTC',
  'JWT',
  'UTF',
  'WGS',
  'BCP',
  'IEEE',
  'ECMA',
  'YYYY',
]);

/** The words in capitals of a text that name no enum value, type, relationship type, setting or abbreviation. */
function unknownCapitals(text: string): string[] {
  // Error codes are named in the errors' extensions (src/errors/ErrorCode.ts), not by a field's type.
  const values = new Set([
    ...Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .flatMap((type) => type.getValues().map((value) => value.name)),
    ...Object.values(ErrorCode),
  ]);
  return [...text.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{3,}\b/g)]
    .map((match) => match[0])
    .filter((word) => !values.has(word) && !notEnumValues.has(word) && !schema.getType(word));
}

test('the check sees a value no enum has', () => {
  expect(unknownCapitals('its stance is ASSERTS, REPORTS or DENIES, as an ACLED row or a PART_OF tie says')).toEqual([
    'REPORTS',
  ]);
});

test('every word in capitals that reads as an enum value is a value of some enum', () => {
  const unknown = descriptions().flatMap(({ where, text }) => unknownCapitals(text).map((word) => `${where}: ${word}`));
  expect(unknown).toEqual([]);
});

test('a field of an enum type that lists values in words lists only values of that enum ("asserts, suspects or denies")', () => {
  const wrong = descriptions().flatMap(({ where, text, enumType }) => {
    if (!enumType) return [];
    const values = new Set(enumType.getValues().map((value) => value.name.toLowerCase()));
    // Lists of single words: "a, b or c", "a or b".
    return [...text.matchAll(/\b([a-z]+(?:, [a-z]+)*,? (?:or|and) [a-z]+)\b/g)].flatMap((match) => {
      const words = match[1].split(/,? (?:or|and) |, /);
      const named = words.filter((word) => values.has(word));
      if (named.length === 0) return [];
      // A list naming values of the enum names nothing else; "or" after a value may start ordinary prose, so a list of
      // two where only the first word is a value is left alone.
      const others = words.filter((word) => !values.has(word));
      return others.length > 0 && named.length >= Math.min(2, words.length - 1)
        ? [`${where}: "${match[1]}" (${others.join(', ')} is not a ${enumType.name})`]
        : [];
    });
  });
  expect(wrong).toEqual([]);
});

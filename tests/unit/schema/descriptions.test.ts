// Every type, field, argument and enum value an analyst meets in Sandbox says what it is.
import { getIntrospectionQuery, graphqlSync, type IntrospectionQuery, type IntrospectionType } from 'graphql';

import { buildGraphqlSchema } from '../../../src/server/buildGraphqlSchema';

const builtInScalars = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function undescribed(type: IntrospectionType): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim() === '';
  if (blank(type.description)) missing.push(`type ${type.name}`);
  if (type.kind === 'OBJECT' || type.kind === 'INTERFACE') {
    for (const field of type.fields) {
      if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
      for (const arg of field.args)
        if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
    }
  }
  if (type.kind === 'INPUT_OBJECT') {
    for (const field of type.inputFields)
      if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
  }
  if (type.kind === 'ENUM') {
    for (const value of type.enumValues)
      if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
  }
  return missing;
}

test('every type, field, argument and enum value of the schema has a description', async () => {
  const schema = await buildGraphqlSchema();
  const result = graphqlSync({ schema, source: getIntrospectionQuery({ inputValueDeprecation: true }) });
  expect(result.errors).toBeUndefined();
  const { types } = (result.data as unknown as IntrospectionQuery).__schema;
  const ours = types.filter((type) => !type.name.startsWith('__') && !builtInScalars.has(type.name));
  expect(ours.length).toBeGreaterThan(20);
  expect(ours.flatMap(undescribed)).toEqual([]);
});

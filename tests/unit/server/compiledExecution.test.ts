// Compiled execution refuses, at start, a schema it would answer wrongly: one whose union resolves its type by promise.
import { GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLUnionType } from 'graphql';
import { compiledExecution } from '../../../src/server/compiledExecution';

function schemaWithUnion(resolveType: GraphQLUnionType['resolveType']): GraphQLSchema {
  const Cat = new GraphQLObjectType({ name: 'Cat', fields: { name: { type: GraphQLString } } });
  const Dog = new GraphQLObjectType({ name: 'Dog', fields: { name: { type: GraphQLString } } });
  const Pet = new GraphQLUnionType({ name: 'Pet', types: [Cat, Dog], resolveType });
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { pet: { type: Pet } } }) });
}

test('a union that resolves its type at once is served', () => {
  expect(() => compiledExecution(schemaWithUnion(() => 'Cat'))).not.toThrow();
});

test('a union that resolves its type by promise is refused, naming it', () => {
  expect(() => compiledExecution(schemaWithUnion(async () => 'Cat'))).toThrow(/Pet resolves its type asynchronously.*COMPILED_EXECUTION=false/);
});

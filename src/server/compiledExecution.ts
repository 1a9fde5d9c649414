// Executes operations compiled to JavaScript (graphql-jit) instead of graphql-js's interpreter. graphql-js walks the
// selection for every object of a result, building a resolve info and a path for each field; on the canonical page
// (some 700 fields) that was the largest share of the API's own time after the database call (bench/findings.md,
// session 8). A compiled operation does that walk once, when first asked. Apollo Server 5 takes another executor
// only through its gateway interface; parsing, validation, plugins, errors and the response stay Apollo's.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  getVariableValues,
  GraphQLError,
  isAbstractType,
  printSchema,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/**
 * Compiled operations kept, least recently used dropped first. Compiling takes 0.4-2 ms for this API's usual queries
 * (20 for the introspection query), once per query text; each compiled operation holds 5-110 KB (the canonical page
 * about 95), so a flood of distinct texts keeps at most some 20 MB. Clients that page through a few queries with
 * variables, as frontends do, compile each once.
 */
const compiledOperationsKept = 200;

/**
 * graphql-jit wraps an error a resolver throws in an error of its own that passes for graphql-js's GraphQLError but
 * has no `extensions` when the thrown error had none (any error that is not an ApiError: a driver's, a TypeError).
 * Apollo reads `extensions.code` of every GraphQLError and crashed on it ("Cannot read properties of undefined
 * (reading 'code')"), answering that crash, its stack trace included, instead of the masked error. Such an error is
 * made a graphql-js GraphQLError again, with the same message, place, path and original error.
 */
export function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions !== null && typeof error.extensions === 'object') return error;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: {},
  });
  if (error.locations)
    Object.defineProperty(rebuilt, 'locations', {
      value: error.locations,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return rebuilt;
}

/** Apollo's gateway interface serving one fixed schema, executing each operation compiled once per query text. */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // graphql-jit takes the promise an async resolveType returns for a type name, and fails every such field at run
  // time; refuse to start instead. TypeGraphQL makes any resolveType given to createUnionType or @InterfaceType async:
  // set a synchronous one on the built schema instead, as src/schema/nodeTypeResolution.ts does.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && type.resolveType?.constructor.name === 'AsyncFunction') {
      throw new Error(
        `${type.name} resolves its type asynchronously, which compiled execution cannot wait for: set a synchronous resolveType on the built schema (see src/schema/nodeTypeResolution.ts), or set COMPILED_EXECUTION=false`,
      );
    }
  }
  const compiled = new LRUCache<string, CompiledQuery | ExecutionResult>({ max: compiledOperationsKept });
  const executor: GatewayExecutor = async (requestContext) => {
    const { document, request, queryHash, context } = requestContext;
    const key = `${queryHash}\u0000${request.operationName ?? ''}`;
    let operation = compiled.get(key);
    if (!operation) {
      // Errors keep their stack, which the log of an unexpected one needs.
      operation = compileQuery(schema, document, request.operationName ?? undefined, {
        disablingCapturingStackErrors: false,
      });
      compiled.set(key, operation);
    }
    // Compiling fails only where validation would have (an operation name the document lacks): its errors answer.
    if (!isCompiledQuery(operation)) return operation;
    // Variables are coerced by graphql-js, as its execute does. graphql-jit's own coercion refuses what GraphQL
    // allows (a variable left out that has a default, an input field left out that has one) and words its refusals
    // otherwise: graphql-js's are the ones Apollo recognises as the caller's (BAD_USER_INPUT). graphql-jit coerces
    // the coerced values again, which leaves them as they are (compiledExecution.test.ts holds every enum and scalar
    // of the schema to that).
    const coerced = getVariableValues(
      schema,
      requestContext.operation.variableDefinitions ?? [],
      request.variables ?? {},
      { maxErrors: 50 },
    );
    if (coerced.errors) return { errors: coerced.errors };
    const result = await operation.query(undefined, context, coerced.coerced);
    return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

// The layers of src/ and the arrows allowed between them; `npm run lint:layers` (part of `npm test`) fails on any other.
//
//   composition  main.ts, startDatabase.ts, config.ts          starts things; may import anything in src/
//   server       server/, observability/metrics.ts             HTTP, Apollo, schema assembly, request context
//   resolvers    resolvers/, context.ts                        thin GraphQL resolvers
//   schema       schema/                                       TypeGraphQL types, inputs, enums
//   data         data/, ingest/, edit/, acled/, ucdp/,         repositories, loaders, mappers, importers:
//                datasets/, export/, seed/, auth/              records in, objects out, through db/
//   db           db/                                           driver, Database, statements, migrations, retries
//   domain       vocabulary/, derive/, reconcile/, text/,       rules and values that know no database and no GraphQL
//                dates/, errors/, logger.ts,
//                observability/tracing.ts, repoRoot.ts
//   localNeo4j/  the local Neo4j process: for composition, scripts, tests and bench only
//
// Each layer imports only layers below it, with no list of known violations let through (the last went when the data
// layer began to return plain objects; see the README's Layout).
const layer = {
  composition: '^src/(main|startDatabase|config)\\.ts$',
  server: '^src/(server/|observability/metrics\\.ts)',
  resolvers: '^src/(resolvers/|context\\.ts)',
  schema: '^src/schema/',
  data: '^src/(data|ingest|edit|acled|ucdp|datasets|export|seed|auth)/',
  db: '^src/db/',
  domain:
    '^src/(vocabulary/|derive/|reconcile/|text/|dates/|errors/|logger\\.ts|observability/tracing\\.ts|repoRoot\\.ts)',
  localNeo4j: '^src/localNeo4j/',
};
// Anything under src/ outside the layers above.
const unplaced =
  '^src/(?!(main|startDatabase|config|context|logger|repoRoot)\\.ts$|(server|observability|resolvers|schema|data|ingest|edit|acled|ucdp|datasets|export|seed|auth|db|vocabulary|derive|reconcile|text|dates|errors|localNeo4j)/)';
const above = (...names) => names.map((name) => layer[name]);

const forbidden = (name, comment, from, toLayers, exceptFrom) => ({
  name,
  comment,
  severity: 'error',
  from: exceptFrom ? { path: from, pathNot: exceptFrom } : { path: from },
  to: { path: toLayers },
});

module.exports = {
  forbidden: [
    forbidden('server-not-from-below', 'only composition starts the server', '^src/', layer.server, [
      layer.server,
      layer.composition,
    ]),
    forbidden(
      'domain-imports-nothing-above',
      'domain rules know no database, GraphQL or HTTP',
      layer.domain,
      above('composition', 'server', 'resolvers', 'schema', 'data', 'db', 'localNeo4j'),
    ),
    forbidden(
      'db-knows-no-graphql-or-domain',
      'the driver layer knows no GraphQL and no data layer',
      layer.db,
      above('composition', 'server', 'resolvers', 'schema', 'data', 'localNeo4j'),
    ),
    forbidden(
      'data-below-resolvers',
      'the data layer is called by resolvers, never the other way',
      layer.data,
      above('composition', 'server', 'resolvers', 'localNeo4j'),
    ),
    forbidden(
      'data-returns-plain-objects',
      'repositories and importers do not use GraphQL classes',
      layer.data,
      above('schema'),
    ),
    forbidden(
      'schema-is-types-only',
      'GraphQL types know no resolvers, data or database',
      layer.schema,
      above('composition', 'server', 'resolvers', 'db', 'localNeo4j').concat([
        '^src/(data|ingest|edit|acled|ucdp|datasets|export|seed)/',
        '^src/auth/(?!Role\\.ts$)',
      ]),
    ),
    forbidden(
      'resolvers-below-server',
      'resolvers know nothing of HTTP or startup',
      layer.resolvers,
      above('composition', 'server', 'localNeo4j'),
    ),
    forbidden(
      'local-neo4j-out-of-request-path',
      'process control is for startup, scripts and tests',
      '^src/',
      layer.localNeo4j,
      ['^src/startDatabase\\.ts$', layer.localNeo4j],
    ),
    forbidden('local-neo4j-imports-nothing', 'process control stands alone', layer.localNeo4j, '^src/(?!localNeo4j/)'),
    forbidden('src-not-from-tooling', 'src/ never imports scripts, tests or bench', '^src/', '^(scripts|tests|bench)/'),
    forbidden(
      'every-file-in-a-layer',
      'a new top-level folder or file of src/ needs a place in this picture',
      '^src/',
      unplaced,
    ),
    forbidden(
      'every-file-in-a-layer',
      'a new top-level folder or file of src/ needs a place in this picture',
      unplaced,
      '.',
    ),
    {
      name: 'no-unresolvable',
      comment: 'an import that resolves to nothing is a typo or a move left half-done',
      severity: 'error',
      from: { path: '^src/' },
      // Packages are npm's to resolve (a types-only package or an exports map can puzzle the resolver); our own paths are ours.
      to: { couldNotResolve: true, path: '^[.]' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle hides which way a dependency runs',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a repository typed by a GraphQL class depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

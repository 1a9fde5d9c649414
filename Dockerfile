# syntax=docker/dockerfile:1
# The API in a container: build with the dev dependencies, run on production ones only, as the unprivileged `node` user.
# Needs a Neo4j 5 reachable at NEO4J_URI (docker-compose.yml starts one); the local Neo4j launcher is not used here.

FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:22-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
# repoRoot finds the app by package.json beside cypher/; the statements, seed and explorer page are read at run time.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seed ./seed
COPY public ./public
COPY schema.graphql ./schema.graphql
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Without NEO4J_URI the API would try to start a local Neo4j, which this image does not have: refuse with a clear line instead.
CMD ["sh", "-c", ": \"${NEO4J_URI:?NEO4J_URI must be set, e.g. neo4j://neo4j:7687 or neo4j+s://<id>.databases.neo4j.io}\" && exec node dist/src/main.js"]

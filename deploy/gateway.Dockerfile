# syntax=docker/dockerfile:1
# The gateway (with the network subgraph in its process), from the repository's root:
#   docker build -f deploy/gateway.Dockerfile -t ssc/gateway .
# Subgraphs: ABC_URL, JICA_URL, ... (one per registry entry); REDIS_URL for a shared response cache.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --ignore-scripts --no-audit --no-fund
RUN node scripts/build.mjs gateway

# plain JavaScript and the files it reads (supergraph.graphql, code lists): no node_modules
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /src/gateway/dist ./dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]

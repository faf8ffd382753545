# syntax=docker/dockerfile:1
# The network subgraph, for a gateway run with NETWORK_IN_PROCESS=false and NETWORK_URL, from the
# repository's root:
#   docker build -f deploy/network.Dockerfile -t ssc/network .
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --ignore-scripts --no-audit --no-fund
RUN node scripts/build.mjs network

# plain JavaScript and the files it reads (code lists, schema): no node_modules
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4100
WORKDIR /app
COPY --from=build /src/subgraphs/network/dist ./dist
USER node
EXPOSE 4100
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4100) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]

# syntax=docker/dockerfile:1
# One agency's subgraph, from the repository's root (AGENCY: its registry code; PORT: its port):
#   docker build -f deploy/agency.Dockerfile --build-arg AGENCY=JICA --build-arg PORT=4102 -t ssc/subgraph-jica .
# The image holds every agency's code; AGENCY picks one (the same as `--agency`). Its own
# PostgreSQL: DATABASE_URL; MIGRATE_ON_START=true migrates it, `node dist/main.js seed 200` seeds it.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --ignore-scripts --no-audit --no-fund
RUN node scripts/build.mjs agency

# plain JavaScript and the files it reads (code lists, IATI schemas, libxml2 as WebAssembly): no node_modules
FROM node:20-bookworm-slim
ARG AGENCY
ARG PORT=4101
ENV NODE_ENV=production HOST=0.0.0.0 AGENCY=${AGENCY} PORT=${PORT}
WORKDIR /app
COPY --from=build /src/packages/agency-kit/dist ./dist
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4101) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]

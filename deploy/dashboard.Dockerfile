# syntax=docker/dockerfile:1
# The dashboard: its server and its built client, from the repository's root:
#   docker build -f deploy/dashboard.Dockerfile -t ssc/dashboard .
# GATEWAY_URL: where POST /graphql goes. NODE_ENV=production: no development sign-in.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --ignore-scripts --no-audit --no-fund
RUN node scripts/build.mjs dashboard

# plain JavaScript next to the client it serves (dist/client): no node_modules
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4300
WORKDIR /app
COPY --from=build /src/apps/dashboard/dist ./dist
USER node
EXPOSE 4300
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4300) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]

# The ledger as a container. Built on the full Node 20 image (which has the compilers better-sqlite3
# needs when no prebuilt binary matches), run on the slim one with production dependencies only.
#   docker build -t partnership-ledger .
#   docker run -p 3000:3000 -e LEDGER_STORE=sqlite:/app/data/ledger.db partnership-ledger
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    LEDGER_STORE=esdb://eventstore:2113?tls=false \
    LEDGER_READ_DB=/app/data/read-models.db \
    LEDGER_TOKENS_DB=/app/data/tokens.db \
    LEDGER_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/fixtures ./fixtures
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME /app/data
EXPOSE 3000
# /health answers once the server listens (the read models are caught up before it listens).
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
    CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The shell form expands LEDGER_STORE and PORT, so compose files only set the environment.
CMD ["sh", "-c", "exec node dist/src/cli/main.js serve --store \"$LEDGER_STORE\" --port \"$PORT\""]

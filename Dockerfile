# utleggsbegjaering-sandbox as a container (see docs/drift.md for docker and podman side by side):
#   docker build -t utleggsbegjaering-sandbox .
#   podman build --format docker -t utleggsbegjaering-sandbox .    (OCI, podman's default, drops HEALTHCHECK)
#   docker run -d -p 8080:8080 -v sandbox-data:/data utleggsbegjaering-sandbox
#
# Node 22 LTS (as .nvmrc; package.json engines) on Debian bookworm: better-sqlite3 12 ships prebuilt binaries for
# it (linux x64/arm64, glibc). The build stage also installs python3, make and g++, so the source build that
# better-sqlite3 falls back to (no access to the prebuilt download, another CPU) works too.
# Only instructions and flags that Docker Engine 20.10 (also its classic builder) and podman/buildah 4.3 accept:
# test/delivery/dockerfile.test.ts holds the allow-list, and test/delivery/dockerfile-replay.test.ts replays this file.

FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# --ignore-scripts: the sources are not here yet for package.json's prepare (the build runs below); better-sqlite3's
# install script (its native addon) is run on its own.
RUN npm ci --ignore-scripts \
 && npm rebuild better-sqlite3
# tsconfig.build.json compiles what runs (server, rules, scripts), not test/ and bench/.
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
COPY rules ./rules
COPY scripts ./scripts
RUN npx tsc -p tsconfig.build.json \
 && npm prune --omit=dev

FROM node:22-bookworm-slim AS runtime
# A heap cap well above the sandbox's needs makes V8 grow the heap less eagerly: ~160 MB resident instead of
# ~210 MB after 100,000 submissions, at the same throughput (bench/RESULTS.md; npm start and the bench use it too).
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=384 \
    HOST=0.0.0.0 \
    PORT=8080 \
    DB_PATH=/data/sandbox.db
WORKDIR /app
# The application stays owned by root (read-only to the server); only /data is writable.
COPY package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time relative to the repository root (server/paths.ts ROOT = /app).
COPY server/store/migrations ./server/store/migrations
COPY seed ./seed
COPY openapi ./openapi
COPY server/console ./server/console
RUN mkdir -p /data \
 && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
# node, not curl: the slim image has no curl. PORT is read so that overriding it keeps the check right.
# No --start-interval (Docker Engine 25+ only; podman 4.3 refuses the whole file): docker-compose.yml sets it.
HEALTHCHECK --interval=5s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# Exec form: node is PID 1 and receives SIGTERM itself; server.ts closes the app and exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "dist/server/server.js"]

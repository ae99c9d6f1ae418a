# The production image, built once and run as many replicas as needed (docker-compose.yml).
#   deps     every dependency, for the build
#   build    `next build` with no database and no site address (RENDER_ON_FIRST_REQUEST): pages that
#            read the database render on their first request, then are cached; scripts/pack-runtime.mjs
#            puts the build beside the few files the server reads
#   runtime  production dependencies only (`npm ci --omit=dev`), the packed build, `node scripts/serve.mjs`.
#            It never builds. SQLite runs its migrations when the server starts (Payload's prodMigrations,
#            payload.config.ts); MongoDB needs none.
# `npm run bench` measures this runtime without Docker (bench/lib/imageStart.mjs): same build settings,
# same pack script, same install command.
# BUILD_ID (optional build argument, e.g. `--build-arg BUILD_ID=$(git rev-parse HEAD)`) names the
# build's assets; .git is not in the build context, so without it Next makes one up.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# patch-package (postinstall) applies these to node_modules.
COPY patches ./patches
RUN npm ci --no-audit --no-fund

FROM deps AS build
ARG BUILD_ID=
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 RENDER_ON_FIRST_REQUEST=1 BUILD_ID=${BUILD_ID}
COPY . .
# The one-shot seed service (docker-compose.yml) runs this stage as `node`, writing into the media volume.
RUN mkdir -p /app/media && chown node:node /app/media
# The schema wants a secret in production; the build signs nothing, so a throwaway one, never stored in a layer.
RUN PAYLOAD_SECRET="$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('hex'))")" \
      npx next build \
 && node scripts/pack-runtime.mjs .next /runtime

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# HOSTNAME: Docker sets it to the container id; scripts/serve.mjs must listen on all interfaces.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 MEDIA_DIR=/app/media
COPY --from=build /runtime/package.json /runtime/package-lock.json ./
COPY --from=build /runtime/patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /runtime ./
# Next writes pages rendered on first request under .next; uploads go to MEDIA_DIR (a volume).
RUN mkdir -p /app/media /app/data && chown -R node:node /app/.next /app/media /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/en').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "scripts/serve.mjs"]

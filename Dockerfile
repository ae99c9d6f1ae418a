# Production image: builds the site at container start (pages are pre-rendered from the database),
# SQLite runs its migrations on boot (prodMigrations); MongoDB needs none. Serves with scripts/serve.mjs.
FROM node:20-bookworm-slim
WORKDIR /app
# HOSTNAME: Docker sets it to the container id; scripts/serve.mjs must listen on all interfaces.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0
COPY package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund
COPY . .
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=300s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/en').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["sh", "-c", "npx next build && node scripts/serve.mjs"]

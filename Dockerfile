# syntax=docker/dockerfile:1
# Groundwork as a standalone Next.js server on Node 24 LTS, run as a non-root user.
#   docker build -t groundwork --build-arg SITE_URL=https://<your public host> .
# Not built on the machines these tests run on (they have no Docker): see README, "Deploying".

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:24-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The site's public origin: canonical links and the sitemap are written at build time.
ARG SITE_URL
ENV SITE_URL=${SITE_URL}
# Set at build so the server is built with the shared (Redis) cache handler; where it connects
# is read again when the server starts.
ARG REDIS_URL=redis://redis:6379
ENV REDIS_URL=${REDIS_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:24-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 groundwork && useradd --system --uid 1001 --gid groundwork groundwork
# The standalone server carries only the files it needs (the seed dataset and its pictures
# included, see outputFileTracingIncludes); the static assets sit beside it.
COPY --from=build --chown=groundwork:groundwork /app/.next/standalone ./
COPY --from=build --chown=groundwork:groundwork /app/.next/static ./.next/static
USER groundwork
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server.js"]

# byline in a small Node 20 image: production dependencies only, runs as the unprivileged `node` user.
#   docker build -t byline .
#   docker run -d --init --env-file .env -v "$PWD/articles:/data/articles" -v byline-cache:/data/cache byline
# Without DISCORD_TOKEN it opens the console: echo "/figure death toll" | docker run -i --rm byline

# Install in a separate stage so npm's cache and the lock-file tooling stay out of the final image.
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# tsx is a runtime dependency: it runs the TypeScript sources, so no build step and no dev tools.
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production \
    ARTICLES_DIR=/data/articles \
    CACHE_DIR=/data/cache
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
# The sample article, so the image answers out of the box; mount your own folder over it.
COPY data/articles /data/articles
# Code stays root-owned (read-only to the bot); only the data folders belong to `node`.
RUN mkdir -p /data/cache && chown -R node:node /data
USER node
VOLUME ["/data/articles", "/data/cache"]
# node directly rather than `npm start`: signals (SIGTERM from `docker stop`) reach byline, which
# finishes replies in flight before exiting.
CMD ["node", "--import", "tsx", "src/main.ts"]

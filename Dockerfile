# The app on the current Node LTS (24); Neo4j comes from docker-compose.yml (NEO4J_URI), so no Java is needed here.
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# The heap ceiling npm start uses (package.json), sized in docs/benchmarks.md ("Bounds").
CMD ["node", "--max-old-space-size=384", "dist/server/main.js"]

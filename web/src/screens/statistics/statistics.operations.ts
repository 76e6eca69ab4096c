// The typed documents of statistics.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './statistics.generated';

// The typed documents of agencies.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './agencies.generated';

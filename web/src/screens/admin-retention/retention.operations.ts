// The typed documents of retention.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './retention.generated';

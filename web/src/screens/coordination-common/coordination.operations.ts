// The typed documents of coordination.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './coordination.generated';

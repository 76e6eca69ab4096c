// The typed documents of mechanisms.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './mechanisms.generated';

// The typed documents of users.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './users.generated';

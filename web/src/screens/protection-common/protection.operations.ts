// The typed documents of protection.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './protection.generated';

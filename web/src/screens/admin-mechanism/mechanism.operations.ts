// The typed documents of mechanism.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './mechanism.generated';

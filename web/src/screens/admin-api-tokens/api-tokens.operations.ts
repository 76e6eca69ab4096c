// The typed documents of api-tokens.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './api-tokens.generated';

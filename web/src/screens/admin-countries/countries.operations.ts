// The typed documents of countries.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './countries.generated';

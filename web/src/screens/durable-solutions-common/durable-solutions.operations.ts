// The typed documents of durable-solutions.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './durable-solutions.generated';

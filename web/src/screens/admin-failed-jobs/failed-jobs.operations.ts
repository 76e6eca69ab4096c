// The typed documents of failed-jobs.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './failed-jobs.generated';

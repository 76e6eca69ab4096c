// The typed documents of service-referrals.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './service-referrals.generated';

// The typed documents of border-referral.graphql, generated beside it (`pnpm --filter @enlace/web codegen`).
export * from './border-referral.generated';

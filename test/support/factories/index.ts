// Test factories: plain typed builders every test folder uses to make its data (countries, agencies,
// mechanisms, users with roles, passwords and second factors, sessions, API tokens, request contexts, audit
// events, referrals in any lifecycle state). They write through the real ORM and, where the thing has rules
// of its own (referrals, API tokens, audit events), through the real services. A folder may compose them
// into a fixture of its own (test/permissions/matrix-world.ts) but never imports another folder's fixtures
// (lint rule enlace/test-boundaries).
export * from './api-tokens';
export * from './audit';
export * from './audit-tampering';
export * from './border-world';
export * from './calls';
export * from './contexts';
export * from './database';
export * from './directory';
export * from './people';
export * from './referrals';
export * from './sessions';
export * from './staffed-agency';

import { zodResolver } from '@hookform/resolvers/zod';
import { credentialsSchema } from './sign-in.schema';

// Loaded on the first validation of the credentials form (forms/lazy-resolver.ts): zod stays out of the sign-in
// screen's first download.
export const credentialsResolver = zodResolver(credentialsSchema);

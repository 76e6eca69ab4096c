// Placeholder until sign-in lands (sessions and API tokens); replaced in the same session.
import type { Authenticator } from '../../../platform/authz/authenticator';

export const authenticateRequest: Authenticator = async () => null;

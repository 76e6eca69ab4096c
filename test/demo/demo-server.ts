import { startTestServer, type TestServer } from '../support/test-server';
import { at } from '../support/indexing';

/** The password of every demo account, as the README documents it. */
export const DEMO_PASSWORD = 'Enlace-Demo-2026';

export interface SeededDemo {
  /** The server started with ENLACE_DEMO=true on the file's empty database. */
  readonly api: TestServer;
  /** Signs a demo account in with the documented password; returns its session cookie. */
  signIn(email: string): Promise<string>;
}

/**
 * Starts one server with the demo on the test file's empty database, for every check in the describe block
 * that calls it. The checks only read (and sign in), so they share one seeding: seeding the whole demo takes
 * most of a minute on a busy 2-core machine, and each module used to pay for it again.
 */
export function seededDemo(): SeededDemo {
  let api: TestServer | undefined;
  beforeAll(async () => {
    api = await startTestServer({ ENLACE_DEMO: 'true' });
  }, 240_000);
  afterAll(() => api?.stop());
  const demo: SeededDemo = {
    get api() {
      if (!api) throw new Error('The demo server did not start (see the beforeAll failure).');
      return api;
    },
    async signIn(email) {
      const answer = await demo.api.graphql<{ signIn: { status: string } }>(
        'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }',
        { email, password: DEMO_PASSWORD },
      );
      expect(answer.data?.signIn.status).toBe('SIGNED_IN');
      return at(at(answer.headers.getSetCookie(), 0).split(';'), 0);
    },
  };
  return demo;
}

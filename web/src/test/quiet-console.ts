import { format } from 'node:util';

/**
 * A component test that makes React or Apollo complain (an update outside act(), a query without a mocked
 * answer, a missing key) fails, so a green run prints nothing and such warnings cannot creep back in.
 * A test that expects an error says so with its own `jest.spyOn(console, 'error').mockImplementation(...)`.
 * Only in jsdom: the browser tests run the real server in the node environment, which logs by design.
 */
if (typeof document !== 'undefined') {
  const said: string[] = [];
  const spies: jest.SpyInstance[] = [];
  const check = () => {
    const noise = said.splice(0);
    if (noise.length > 0) {
      throw new Error(`The test wrote ${noise.length} warning(s) or error(s) to the console:\n${noise.join('\n')}`);
    }
  };
  // For the whole file, so what arrives between two tests (a late answer) is caught too.
  beforeAll(() => {
    for (const level of ['error', 'warn'] as const) {
      spies.push(
        jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
          said.push(`console.${level}: ${format(...args)}`);
        }),
      );
    }
  });
  afterEach(check);
  afterAll(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
    check();
  });
}

import { startEnlace } from '../../server/src/app';
import { enlaceModules } from '../../server/src/modules';
import type { RequestContext } from '../../server/src/platform/context';
import { createLogger } from '../../server/src/platform/logging/logger';
import type { EnlaceModule } from '../../server/src/platform/module';
import { testConfig } from '../support/test-config';
import { at } from '../support/indexing';

/**
 * A module that only says what it does: the platform must start it, mount its route, attach its socket and
 * stop it, with nothing but the module object (what modules/index.ts lists).
 */
function probeModule(journal: string[]): EnlaceModule<RequestContext> {
  return {
    name: 'probe',
    entities: [],
    resolvers: [],
    start: async (runtime) => {
      const { answer } = at(await runtime.orm.em.fork().execute<{ answer: number }[]>('select 42 as answer'), 0);
      journal.push(`start: database answers ${answer}, public URL ${runtime.config.publicUrl.origin}`);
      return { stop: async () => void journal.push('stop') };
    },
    routes: (app, runtime) =>
      app.get('/api/probe', async (req, res) => {
        const context = await runtime.createContext(req, res);
        res.json({ signedIn: context.actor !== null });
      }),
    socket: async (server) => {
      journal.push(`socket: listening yet? ${server.listening}`);
      return { stop: async () => void journal.push('socket stopped') };
    },
  };
}

describe('the module contract', () => {
  it('starts a module, serves its route, attaches its socket and stops it after HTTP has drained', async () => {
    const journal: string[] = [];
    const config = testConfig({ ENLACE_PUBLIC_URL: 'https://enlace.example.org' });
    const server = await startEnlace(config, createLogger('silent'), {
      modules: [...enlaceModules, probeModule(journal)],
    });
    try {
      const response = await fetch(`${server.url.replace('localhost', '127.0.0.1')}/api/probe`);
      expect(await response.json()).toEqual({ signedIn: false });
    } finally {
      await server.stop();
    }
    expect(journal).toEqual([
      'start: database answers 42, public URL https://enlace.example.org',
      'socket: listening yet? false',
      'socket stopped',
      'stop',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import { printEnlaceSchema } from '../../server/src/platform/graphql/print-schema';
import { startTestServer, type TestServer } from '../support/test-server';

const committedSdl = readFileSync(path.join(__dirname, '../../schema/enlace.graphql'), 'utf8');

// A stand-in for a country's own system, e.g. a national alert list in the spirit of PIRS/INTERPOL lists,
// that extends Enlace's Country without Enlace changing.
const nationalAlertListSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Country @key(fields: "id") {
    id: ID!
    activeAlerts: Int!
  }
  type Query { alertListStatus: String }
`;

describe('Enlace as a federation 2 subgraph', () => {
  it('commits the SDL the code produces (run pnpm schema:print after changing the API)', async () => {
    expect(printEnlaceSchema(await buildEnlaceSchema())).toBe(committedSdl);
  });

  it('composes with another subgraph that extends its entities', () => {
    const result = composeServices([
      { name: 'enlace', typeDefs: parse(committedSdl), url: 'http://enlace/graphql' },
      { name: 'alerts', typeDefs: parse(nationalAlertListSdl), url: 'http://alerts/graphql' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('activeAlerts');
  });

  it('marks every entity with @key(fields: "id")', () => {
    expect(committedSdl).toMatch(/type Country\s+@key\(fields: "id"\)/);
  });

  describe('over HTTP', () => {
    let api: TestServer;
    beforeAll(async () => {
      api = await startTestServer();
      await api.server.orm.em
        .fork()
        .getConnection()
        .execute(
          `INSERT INTO country (code, names, default_locale, time_zone)
           VALUES ('GT', '{"es":"Guatemala"}', 'es', 'America/Guatemala') ON CONFLICT DO NOTHING`,
        );
    });
    afterAll(() => api.stop());

    it('serves its SDL through _service', async () => {
      const result = await api.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }');
      expect(result.data?._service.sdl).toContain('@key(fields: "id")');
    });

    it('resolves a Country reference through _entities, and null for an unknown key', async () => {
      const result = await api.graphql<{ _entities: ({ id: string; names: { es: string } } | null)[] }>(
        `query ($representations: [_Any!]!) {
           _entities(representations: $representations) { ... on Country { id names { es } } }
         }`,
        {
          representations: [
            { __typename: 'Country', id: 'GT' },
            { __typename: 'Country', id: 'ZZ' },
          ],
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([{ id: 'GT', names: { es: 'Guatemala' } }, null]);
    });
  });
});

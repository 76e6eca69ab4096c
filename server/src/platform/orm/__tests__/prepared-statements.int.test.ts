import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../../app';
import { queryPrepared, rawStatement } from '../prepared-statements';

// One pooled connection, so "the connection that prepared it" is the one every statement below runs on.
describe('prepared read statements', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await initOrm(process.env.DATABASE_URL!, { poolMax: 1 });
  });
  afterAll(() => orm.close());

  const preparedOnConnection = async () => {
    const em = orm.em.fork();
    const rows: { name: string; statement: string }[] = await em.execute(
      "select name, statement from pg_prepared_statements where name like 'enlace_%'",
    );
    return rows;
  };

  it('answers as em.execute does, and is prepared once on the connection, not once per call', async () => {
    const sql = 'select ? :: text as word, now() as at, array[?, ?]::text[] as pair, ?::date as day';
    const params = ['palabra', 'GT', 'MX', '2026-11-20'];
    const em = orm.em.fork();
    const expected = (await em.execute(sql, params))[0] as Record<string, unknown>;
    const first = await queryPrepared<Record<string, unknown>>(em, rawStatement(em, sql, params));
    const second = await queryPrepared<Record<string, unknown>>(
      em,
      rawStatement(em, sql, ['otra', 'BZ', 'HN', '2026-01-02']),
    );
    expect(Object.keys(first[0] ?? {})).toEqual(Object.keys(expected));
    expect({ ...first[0], at: null }).toEqual({ ...expected, at: null });
    expect(second[0]).toMatchObject({ word: 'otra', pair: ['BZ', 'HN'], day: '2026-01-02' });
    const prepared = (await preparedOnConnection()).filter((row) => row.statement.includes('as word'));
    expect(prepared).toHaveLength(1);
    expect(prepared[0]?.statement).toContain('$1');
  });

  it('builds a keyed statement once, and again for another key', async () => {
    const em = orm.em.fork();
    let builds = 0;
    const query = (word: string) => () => {
      builds += 1;
      return rawStatement(em, 'select ?::text as keyed', [word]);
    };
    const first = await queryPrepared(em, query('uno'), { key: 'keyed uno' });
    const again = await queryPrepared(em, query('uno'), { key: 'keyed uno' });
    const other = await queryPrepared(em, query('dos'), { key: 'keyed dos' });
    expect([first, again, other]).toEqual([[{ keyed: 'uno' }], [{ keyed: 'uno' }], [{ keyed: 'dos' }]]);
    expect(builds).toBe(2);
  });

  it('serves every value from one kept statement built with a placeholder, and refuses a placeholder not there once', async () => {
    const em = orm.em.fork();
    let builds = 0;
    const build = () => {
      builds += 1;
      return rawStatement(em, 'select ?::text as placed, ?::text as fixed', ['<word>', 'fijo']);
    };
    const read = (word: string) =>
      queryPrepared(em, build, { key: 'placed word', placeholders: new Map([['<word>', word]]) });
    expect([await read('uno'), await read('dos')]).toEqual([
      [{ placed: 'uno', fixed: 'fijo' }],
      [{ placed: 'dos', fixed: 'fijo' }],
    ]);
    expect(builds).toBe(1);
    const twice = () => rawStatement(em, 'select ?::text as a, ?::text as b', ['<w>', '<w>']);
    await expect(queryPrepared(em, twice, { placeholders: new Map([['<w>', 'x']]) })).rejects.toThrow(/exactly once/);
    await expect(queryPrepared(em, build, { placeholders: new Map([['<absent>', 'x']]) })).rejects.toThrow(
      /exactly once/,
    );
    await expect(
      orm.em.fork().transactional((tx) => queryPrepared(tx, build, { placeholders: new Map([['<word>', 'x']]) })),
    ).rejects.toThrow(/inside a transaction/);
  });

  it("runs inside a transaction on the transaction's connection, seeing what it wrote", async () => {
    await orm.em.fork().transactional(async (em) => {
      await em.execute('create temporary table uncommitted (word text) on commit drop');
      await em.execute("insert into uncommitted values ('visible')");
      const rows = await queryPrepared<{ word: string }>(em, rawStatement(em, 'select word from uncommitted', []));
      expect(rows).toEqual([{ word: 'visible' }]);
    });
  });
});

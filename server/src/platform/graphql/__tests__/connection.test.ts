import { by, Keyset } from '../../orm/keyset';
import { connectionOf, encodeCursor, pageRequest, PAGE_SIZE } from '../connection';
import { EnlaceError } from '../errors';

interface Row {
  id: string;
  createdAt: Date;
  dueAt: Date | null;
}

const ID_A = '0190a000-0000-7000-8000-000000000001';
const ID_B = '0190a000-0000-7000-8000-000000000002';
const NEWEST_FIRST = new Keyset<Row>([by.instant('desc', 'createdAt')], by.id('desc'));
const SOONEST_DUE = new Keyset<Row>([by.instant('asc', 'dueAt', { nullsLast: true })], by.id('asc'));
const row = (id: string, createdAt: string, dueAt: string | null = null): Row => ({
  id,
  createdAt: new Date(createdAt),
  dueAt: dueAt ? new Date(dueAt) : null,
});

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EnlaceError);
    return (error as EnlaceError).extensions;
  }
  throw new Error('not refused');
}

describe('a connection page', () => {
  it('asks for one row more than it shows, to know whether another page follows', () => {
    const request = pageRequest({ first: 2 }, NEWEST_FIRST);
    expect(request).toEqual({ first: 2, after: null, limit: 3 });
    const rows = [
      row(ID_B, '2026-12-01T10:00:00.000Z'),
      row(ID_A, '2026-12-01T09:00:00.000Z'),
      row(ID_A, '2026-11-01'),
    ];
    const page = connectionOf(rows, request, NEWEST_FIRST);
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.pageInfo.endCursor).toBe(page.edges[1]?.cursor);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
  });

  it('reads back its own cursors, which are opaque base64url', () => {
    const page = connectionOf([row(ID_A, '2026-12-01T09:00:00.123Z')], pageRequest({}, NEWEST_FIRST), NEWEST_FIRST);
    const cursor = page.pageInfo.endCursor!;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const next = pageRequest({ first: 10, after: cursor }, NEWEST_FIRST);
    expect(next.after).toEqual(['2026-12-01T09:00:00.123Z', ID_A]);
    const last = connectionOf([], next, NEWEST_FIRST);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it(`takes 1 to ${PAGE_SIZE.max} rows, ${PAGE_SIZE.default} by default, and refuses others naming first`, () => {
    expect(pageRequest({}, NEWEST_FIRST).first).toBe(PAGE_SIZE.default);
    expect(pageRequest({ first: PAGE_SIZE.max }, NEWEST_FIRST).limit).toBe(PAGE_SIZE.max + 1);
    for (const first of [0, -3, PAGE_SIZE.max + 1, 2.5])
      expect(refusal(() => pageRequest({ first }, NEWEST_FIRST))).toEqual({
        code: 'BAD_USER_INPUT',
        messageKey: 'error.badInput',
        fields: { first: 'error.page.size' },
      });
  });

  it('refuses a cursor this order did not write, naming after', () => {
    const cursors = [
      'not a cursor!',
      encodeCursor(['yesterday', ID_A]),
      encodeCursor(['2026-12-01T09:00:00.000Z', "1' or '1'='1"]),
      encodeCursor(['2026-12-01T09:00:00.000Z']),
      encodeCursor([null, ID_A]), // null only where the key may be null
      Buffer.from('{"createdAt":1}').toString('base64url'),
    ];
    for (const after of cursors)
      expect(refusal(() => pageRequest({ after }, NEWEST_FIRST))).toMatchObject({
        fields: { after: 'error.page.cursor' },
      });
    expect(pageRequest({ after: encodeCursor([null, ID_A]) }, SOONEST_DUE).after).toEqual([null, ID_A]);
  });
});

describe('a keyset order', () => {
  it('orders by its keys and then the unique tie-breaker', () => {
    expect(NEWEST_FIRST.orderBy).toEqual([{ createdAt: 'desc' }, { id: 'desc' }]);
    expect(SOONEST_DUE.orderBy).toEqual([{ dueAt: 'asc nulls last' }, { id: 'asc' }]);
  });

  it('seeks the rows strictly after a position', () => {
    const at = new Date('2026-12-01T09:00:00.000Z');
    expect(NEWEST_FIRST.after([at.toISOString(), ID_A])).toEqual({
      $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: ID_A } }],
    });
    // Nulls last: after a deadline come later deadlines, the same one with a larger id, then every null.
    expect(SOONEST_DUE.after([at.toISOString(), ID_A])).toEqual({
      $or: [{ dueAt: { $gt: at } }, { dueAt: at, id: { $gt: ID_A } }, { dueAt: null }],
    });
    expect(SOONEST_DUE.after([null, ID_A])).toEqual({ dueAt: null, id: { $gt: ID_A } });
  });

  it('writes the same seek as SQL with bindings for statements outside the ORM', () => {
    const columns = { createdAt: 'completed_on', id: 'id' };
    expect(NEWEST_FIRST.afterSql(['2026-12-01 09:00:00.123456+00', ID_A], columns)).toEqual({
      sql: '((completed_on < ?::timestamptz) or (completed_on = ?::timestamptz and id < ?::uuid))',
      bindings: ['2026-12-01 09:00:00.123456+00', '2026-12-01 09:00:00.123456+00', ID_A],
    });
    expect(NEWEST_FIRST.orderBySql(columns)).toBe('completed_on desc, id desc');
  });
});

/**
 * What every list that pages (server/src/platform/graphql/connection.ts) must do, checked through one list's
 * real query: each test file hands over how to fetch a page of its list, with its own world behind it.
 */

/** The page fields every check selects; add the node's fields under `edges { cursor node { … } }` and `nodes`. */
export const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

export interface PageOf<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface PageAnswer<Node> {
  data?: PageOf<Node> | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

export type FetchPage<Node> = (args: { first?: number; after?: string | null }) => Promise<PageAnswer<Node>>;

function pageOf<Node>(answer: PageAnswer<Node>): PageOf<Node> {
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

/**
 * Walks the list `pageSize` rows at a time from the first page to the last, following endCursor, and expects
 * exactly the rows of one big page, in its order: no gap, no repeat. Checks every page's shape on the way: the
 * nodes are the edges' nodes, the cursors frame them, only the last page says nothing follows. Returns the rows.
 */
export async function expectToPageThrough<Node>(
  fetch: FetchPage<Node>,
  { pageSize, key }: { pageSize: number; key: (node: Node) => string },
): Promise<Node[]> {
  const whole = pageOf(await fetch({ first: 100 }));
  expect(whole.pageInfo.hasNextPage).toBe(false);
  const walked: Node[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page: PageOf<Node> = pageOf(await fetch({ first: pageSize, after }));
    pages += 1;
    expect(page.nodes.map(key)).toEqual(page.edges.map(({ node }) => key(node)));
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (page.pageInfo.hasNextPage) expect(page.edges).toHaveLength(pageSize);
    else expect(page.edges.length).toBeLessThanOrEqual(pageSize);
    walked.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(walked.map(key)).toEqual(whole.nodes.map(key));
  expect(new Set(walked.map(key)).size).toBe(walked.length);
  expect(pages).toBe(Math.max(1, Math.ceil(whole.nodes.length / pageSize)));
  return walked;
}

/**
 * The limit policy and the cursor check: `first` outside 1..100 and any `after` this list did not write are
 * BAD_USER_INPUT naming the argument, with the one message key every list uses.
 */
export async function expectPageArgumentsChecked<Node>(fetch: FetchPage<Node>): Promise<void> {
  const refused = (answer: PageAnswer<Node>) => answer.errors?.[0]?.extensions;
  for (const first of [0, -1, 101, 1000]) {
    expect(refused(await fetch({ first }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: 'error.page.size' },
    });
  }
  const forged = Buffer.from(JSON.stringify(['yesterday', "1' or '1'='1"])).toString('base64url');
  const tooLong = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'x', 'y', 'z'])).toString('base64url');
  for (const after of ['bm90IGEgY3Vyc29y', 'drop table', '', forged, tooLong, 'W10']) {
    expect(refused(await fetch({ first: 5, after }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: 'error.page.cursor' },
    });
  }
  // 100 is allowed; so is leaving `first` out (the default).
  expect(refused(await fetch({ first: 100 }))).toBeUndefined();
  expect(refused(await fetch({}))).toBeUndefined();
}

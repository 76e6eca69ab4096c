/**
 * A page of a Relay connection as the server answers it (server/src/platform/graphql/connection.ts), for mocked
 * answers: each edge's cursor is `c:<node id>`, and endCursor is the last edge's, as the server writes them.
 */
export function connectionPage<Node extends { id: string }>(
  type: string,
  nodes: Node[],
  { hasNextPage, after = null }: { hasNextPage: boolean; after?: string | null },
) {
  const edges = nodes.map((node) => ({ __typename: `${type}Edge`, cursor: `c:${node.id}`, node }));
  return {
    __typename: `${type}Connection`,
    edges,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';

/**
 * One operation of a screen's `.graphql` file, typed with the types codegen generated from the same file. The
 * file is imported as `./x.graphql?operations`: its operations are built at build time (with just the fragments
 * each uses, scripts/graphql-operations.cjs) into the screen's own chunk. The administration screens do this
 * rather than import the generated `…Document` constants: those all live in `src/gql/graphql.ts`, a module of
 * the first download, and every document added there costs every visitor (250 kB budget).
 */
export function operation<Data, Variables>(
  documents: Record<string, DocumentNode>,
  name: string,
): TypedDocumentNode<Data, Variables> {
  const document = documents[name];
  if (!document) throw new Error(`No operation ${name} in this file`);
  return document as TypedDocumentNode<Data, Variables>;
}

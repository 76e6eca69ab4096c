import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode, SelectionSetNode, TypeNode, ValueNode } from 'graphql';
import { reportServerReachable } from './connection-status';

/**
 * GraphQL without Apollo Client, for what a visitor needs before signing in (who is signed in, signing in):
 * Apollo, its cache and rxjs are about a fifth of the first download, and the sign-in screen uses none of it
 * (docs/benchmarks.md). The generated documents are JSON syntax trees; the few shapes the shell's operations use
 * are printed here rather than with graphql-js's printer. Errors are thrown as Apollo's `CombinedGraphQLErrors`
 * (a small module) so translateApiError reads them like any other.
 */
export async function requestGraphql<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  uri = '/graphql',
): Promise<TData> {
  const query = printOperation(document as DocumentNode);
  let response: Response;
  try {
    response = await fetch(uri, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch (error) {
    reportServerReachable(false);
    throw error;
  }
  const result = (await response.json().catch(() => undefined)) as
    { data?: TData | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  // A proxy's error page instead of Enlace's answer: to the user that is the network (translateApiError).
  if (!result) throw new TypeError(`GraphQL answered ${response.status} without JSON`);
  reportServerReachable(true);
  if (result.errors?.length) throw new CombinedGraphQLErrors(result as never);
  return result.data as TData;
}

/**
 * The document's operation and fragments as text, with `__typename` in every nested selection, as Apollo's cache
 * expects.
 */
export function printOperation(document: DocumentNode): string {
  return document.definitions
    .map((definition) => {
      if (definition.kind === 'FragmentDefinition')
        return `fragment ${definition.name.value} on ${definition.typeCondition.name.value} ${printSelections(definition.selectionSet, true)}`;
      if (definition.kind !== 'OperationDefinition') throw new Error('plain GraphQL: operations and fragments only');
      const variables = definition.variableDefinitions?.length
        ? `(${definition.variableDefinitions.map((v) => `$${v.variable.name.value}: ${printType(v.type)}`).join(', ')})`
        : '';
      return `${definition.operation} ${definition.name?.value ?? ''}${variables} ${printSelections(definition.selectionSet, false)}`;
    })
    .join('\n');
}

function printSelections(selectionSet: SelectionSetNode, nested: boolean): string {
  const fields = selectionSet.selections.map((selection) => {
    if (selection.kind === 'FragmentSpread') return `...${selection.name.value}`;
    if (selection.kind !== 'Field') throw new Error('plain GraphQL: fields and fragment spreads only');
    const alias = selection.alias ? `${selection.alias.value}: ` : '';
    const args = selection.arguments?.length
      ? `(${selection.arguments.map((a) => `${a.name.value}: ${printValue(a.value)}`).join(', ')})`
      : '';
    const children = selection.selectionSet ? ` ${printSelections(selection.selectionSet, true)}` : '';
    return `${alias}${selection.name.value}${args}${children}`;
  });
  return `{ ${(nested ? [...fields, '__typename'] : fields).join(' ')} }`;
}

function printType(type: TypeNode): string {
  if (type.kind === 'NonNullType') return `${printType(type.type)}!`;
  if (type.kind === 'ListType') return `[${printType(type.type)}]`;
  return type.name.value;
}

function printValue(value: ValueNode): string {
  if (value.kind === 'Variable') return `$${value.name.value}`;
  if (value.kind === 'StringValue') return JSON.stringify(value.value);
  if (value.kind === 'IntValue' || value.kind === 'FloatValue' || value.kind === 'EnumValue') return value.value;
  if (value.kind === 'BooleanValue') return String(value.value);
  if (value.kind === 'NullValue') return 'null';
  throw new Error('plain GraphQL: variables and scalars only');
}

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * One operation of a screen's `.graphql` file (imported with `?raw`), with just the fragments it uses, typed
 * with the types codegen generated from the same file. The administration screens build their documents here,
 * in their own chunks, rather than importing the generated `…Document` constants: those all live in one
 * module of the first download, and every document added there costs every visitor (250 kB budget).
 */
export function operation<Data, Variables>(source: string, name: string): TypedDocumentNode<Data, Variables> {
  const definitions = parse(source).definitions;
  const fragments = new Map(
    definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const chosen = definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!chosen) throw new Error(`No operation ${name} in this document`);
  const used = new Map<string, FragmentDefinitionNode>();
  // A walk of our own rather than graphql's `visit`, which the shell also uses: sharing it would split it out of
  // the first download's chunks into one more file.
  const collect = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FRAGMENT_SPREAD) collect(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment.selectionSet);
        }
      }
    }
  };
  collect(chosen.selectionSet);
  return { kind: Kind.DOCUMENT, definitions: [chosen, ...used.values()] } as TypedDocumentNode<Data, Variables>;
}

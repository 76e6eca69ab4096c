import type { EntityClass } from '@mikro-orm/core';
import type { MiddlewareFn, NonEmptyArray } from 'type-graphql';
import type { Policy } from './authz/ability';
import type { PersonalDataDeclaration } from './authz/personal-data';

/** Resolves a federation entity reference (`_entities`) to the object, or null when the caller may not see it. */
export type ReferenceResolver<Context> = (
  reference: { __typename: string; id: string },
  context: Context,
) => Promise<unknown> | unknown;

/**
 * What a domain module hands to the composition root. Platform code knows modules only through this shape,
 * so nothing in platform/ imports a module.
 */
export interface EnlaceModule<Context extends object = object> {
  name: string;
  entities: EntityClass<unknown>[];
  // type-graphql resolver classes; typed as Function because that is what buildSchema accepts
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  referenceResolvers?: Record<string, ReferenceResolver<Context>>;
  /** Who may do what to this module's subjects. */
  policies?: Policy[];
  /** Subjects (entity class names) whose GraphQL fields go through the field guard. */
  guardedSubjects?: string[];
  personalData?: PersonalDataDeclaration[];
  middlewares?: MiddlewareFn<Context>[];
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function resolversOf<Context extends object>(modules: EnlaceModule<Context>[]): NonEmptyArray<Function> {
  const resolvers = modules.flatMap((module) => module.resolvers);
  if (resolvers.length === 0) throw new Error('Enlace: no resolvers registered');
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  return resolvers as NonEmptyArray<Function>;
}

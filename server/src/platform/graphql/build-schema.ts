import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  GraphQLObjectType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, createResolversMap, type AuthChecker, type NonEmptyArray, type PubSub } from 'type-graphql';
import type { ReferenceResolver } from '../module';
import { InputLimitRules, type InputLimits } from './input-limits';

// The federation spec version our subgraph speaks; gateways and routers compose it with other subgraphs.
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

export interface SchemaParts<Context extends object> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  referenceResolvers: Record<string, ReferenceResolver<Context>>;
  authChecker: AuthChecker<Context>;
  /** Wraps the resolver of every field of every object type (not the root operation types): the field guard. */
  fieldGuard?: (resolve: GraphQLFieldResolver<unknown, Context>) => GraphQLFieldResolver<unknown, Context>;
  /** Required by type-graphql once any module declares a @Subscription (modules bring their own). */
  pubSub?: PubSub;
  /**
   * Called before `_service { sdl }` answers; throws to refuse. The whole schema (every argument, every
   * internal type) is a map for an attacker: in production only signed-in callers (a gateway with a token) get it.
   */
  serviceGuard?: (context: Context) => void;
  /** The modules' declared sizes of text and list inputs (platform/graphql/input-limits.ts). */
  inputLimits?: InputLimits[];
}

/**
 * Builds the type-graphql schema, then re-serves it as an Apollo Federation 2 subgraph so `_service` and
 * `_entities` exist. The SDL is printed with its directives: plain printSchema would drop `@key`.
 */
export async function buildFederatedSchema<Context extends object>(
  parts: SchemaParts<Context>,
): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: parts.resolvers,
    authChecker: parts.authChecker,
    authMode: 'error',
    pubSub: parts.pubSub,
    validate: false,
    emitSchemaFile: false,
    skipCheck: true,
  });
  const limits = new InputLimitRules(parts.inputLimits ?? []);
  limits.describe(typeGraphqlSchema);
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  assertEveryKeyResolvable(typeDefs, parts.referenceResolvers);
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  if (parts.fieldGuard) guardFields(typeGraphqlSchema, resolvers, parts.fieldGuard);
  for (const [typeName, resolveReference] of Object.entries(parts.referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // buildSubgraphSchema's resolver map type is stricter than what createResolversMap returns
  const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
  limits.enforce(schema, Object.keys(parts.referenceResolvers));
  if (parts.serviceGuard) guardServiceField(schema, parts.serviceGuard);
  return schema;
}

/**
 * A type with `@key` and no reference resolver would have `_entities` echo the caller's representation back,
 * unguarded: refuse to build such a schema. A type no outside system should resolve has no key.
 */
function assertEveryKeyResolvable(typeDefs: DocumentNode, referenceResolvers: Record<string, unknown>): void {
  const unresolvable = typeDefs.definitions
    .filter((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((type) => type.directives?.some((directive) => directive.name.value === 'key'))
    .map((type) => type.name.value)
    .filter((name) => !referenceResolvers[name]);
  if (unresolvable.length > 0)
    throw new Error(
      `Enlace: @key without a reference resolver on ${unresolvable.join(', ')} (module referenceResolvers)`,
    );
}

function guardServiceField<Context>(schema: GraphQLSchema, guard: (context: Context) => void): void {
  const service = schema.getQueryType()?.getFields()._service;
  if (!service) return;
  const resolve = service.resolve ?? defaultFieldResolver;
  service.resolve = (root, args, context: Context, info) => {
    guard(context);
    return resolve(root, args, context, info);
  };
}

function guardFields<Context>(
  schema: GraphQLSchema,
  resolvers: Record<string, Record<string, unknown>>,
  guard: (resolve: GraphQLFieldResolver<unknown, Context>) => GraphQLFieldResolver<unknown, Context>,
): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || roots.has(type)) continue;
    const typeResolvers = (resolvers[type.name] ??= {});
    for (const fieldName of Object.keys(type.getFields())) {
      const own = typeResolvers[fieldName];
      const resolve = (typeof own === 'function' ? own : defaultFieldResolver) as GraphQLFieldResolver<
        unknown,
        Context
      >;
      typeResolvers[fieldName] = guard(resolve);
    }
  }
}

import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import {
  GraphQLError,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';

/**
 * What one GraphQL operation may ask for, checked before anything executes (docs/security.md lists them).
 * The web app's largest operation stays well inside each one (test/security/limits-operations.int.test.ts
 * proves it for every operation the client ships), so only hand-made abuse meets them.
 */
export const OPERATION_LIMITS = {
  /** Characters of the query document itself (variables are counted by the body limit). */
  maxDocumentCharacters: 20_000,
  /** Bytes of one HTTP request body to /graphql: the document and its variables. */
  maxBodyBytes: 1_000_000,
  /** Lexical tokens of the document. */
  maxTokens: 2_000,
  /** Nesting of selections (the schema's deepest path today is 8 levels; the web app's deepest query 7). */
  maxDepth: 10,
  /** Aliased fields in one operation (1,000 aliased `health` calls were one request before). */
  maxAliases: 15,
  /** Directives in one operation. */
  maxDirectives: 30,
  /**
   * graphql-armor's static cost: 2 per object, 1 per scalar, times 1.5 per level of depth, times a literal
   * `first` argument. The web app's costliest query (forwarded referrals, `first: 100`) costs about 34,000.
   */
  maxCost: 50_000,
  /**
   * Federation `_entities`: representations one request may ask for (5,000 took 14 s before). Each one is a
   * permitted read in SQL; a gateway batches at most this many per subgraph fetch. Enforced with the input limits.
   */
  maxEntityRepresentations: 100,
} as const;

function armor() {
  return new ApolloArmor({
    // graphql-js counts tokens itself while parsing (parseOptions below); armor's plugin would throw from a
    // hook Apollo treats as a server failure.
    maxTokens: { enabled: false },
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, allowList: [] },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // "Did you mean ...?" would hand out the schema to a caller that introspection is closed to.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * Express middleware for /graphql, after the JSON body parser: a document longer than the limit is refused
 * before Apollo parses it.
 */
export function documentSizeLimit() {
  return (req: Request, res: Response, next: NextFunction) => {
    const body: unknown = req.body;
    const query = body && typeof body === 'object' && 'query' in body ? body.query : undefined;
    if (typeof query !== 'string' || query.length <= OPERATION_LIMITS.maxDocumentCharacters) return next();
    const error = documentTooLarge();
    res.status(413).json({ errors: [{ message: error.message, extensions: publicExtensions(error) }] });
  };
}

const publicExtensions = (error: GraphQLError) => {
  const { http: _http, ...extensions } = error.extensions;
  return extensions;
};

export const documentTooLarge = () =>
  new GraphQLError(`The operation is longer than ${OPERATION_LIMITS.maxDocumentCharacters} characters`, {
    extensions: { code: 'BAD_REQUEST', messageKey: 'error.operationTooLarge', http: { status: 413 } },
  });

/** Plugins and validation rules for Apollo Server. */
export function operationLimitsForApollo<Context extends BaseContext>(): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const { plugins, validationRules } = armor();
  return {
    plugins: plugins as ApolloServerPlugin<Context>[],
    validationRules,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
  };
}

/**
 * The same limits for a transport that is not Apollo (graphql-ws subscriptions): validate with the spec's
 * rules plus armor's, and refuse documents over the size limit.
 */
export function validateWithinLimits(schema: GraphQLSchema, document: DocumentNode, source?: string) {
  if (source && source.length > OPERATION_LIMITS.maxDocumentCharacters) return [documentTooLarge()];
  return validate(schema, document, [...specifiedRules, ...armor().validationRules]);
}

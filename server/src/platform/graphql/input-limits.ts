import {
  defaultFieldResolver,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  getNamedType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from './errors';
import { OPERATION_LIMITS } from './operation-limits';
import { UUID } from '../ids';

/**
 * Every text and list a caller sends has a stated size, and every value is checked against it before a
 * resolver runs: the limits are written into the schema's descriptions ("At most 300 characters.") from the
 * same numbers the check uses, so the SDL and the behaviour cannot drift apart.
 *
 * Beyond size, what no user means is refused everywhere: NUL characters (PostgreSQL cannot store them in
 * text), lone UTF-16 surrogates (not text at all), ids that are not UUIDs (they cannot name a record and must
 * not reach the database as a cast error) and dates outside the years 1000-9999 (year 0 does not exist).
 * Every refusal is BAD_USER_INPUT naming the field, e.g. `input.persons.0.phones`.
 */
export interface InputLimits {
  /** Characters, by schema coordinate: `ReferralDraftInput.narrative`, `Mutation.refuseReferralForward(reason:)`. */
  maxLength?: Record<string, number>;
  /** Items of a list, by schema coordinate. */
  maxItems?: Record<string, number>;
  /** Key formats of federation entities whose id is not a UUID, by type name (e.g. Country: ISO code). */
  entityKeys?: Record<string, RegExp>;
}

export const DEFAULT_MAX_LENGTH = 1_000;
export const DEFAULT_MAX_ITEMS = 100;
/** Federation `_entities`: representations one request may ask for (an abuse limit, operation-limits.ts). */
export const MAX_ENTITY_REPRESENTATIONS = OPERATION_LIMITS.maxEntityRepresentations;

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DATE_SCALARS = new Set(['LocalDate', 'DateTimeISO', 'DateTime']);
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** The problem with one text value, or null. */
export function textProblem(value: string, maxLength: number): string | null {
  if (NUL.test(value)) return 'error.input.invalidCharacters';
  if (LONE_SURROGATE.test(value)) return 'error.input.invalidCharacters';
  if (value.length > maxLength) return 'error.input.tooLong';
  return null;
}

/** 2,000 or 2000, taken whole (never "2," of "2,000"). */
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d,]\\d)';
const number = (digits: string) => Number(digits.replace(/,/g, ''));

/** The limits a description states: "At most 2,000 characters", "At most 10 names of 120 characters", "At most 30". */
export function statedLimits(description: string): { characters?: number; items?: number } {
  const characters = new RegExp(`(?:at most|of) ${NUMBER} characters`, 'i').exec(description)?.[1];
  const items = new RegExp(`At most ${NUMBER}(?: (?!characters)[a-z]+|[.,;]|$)`).exec(description)?.[1];
  return {
    ...(characters === undefined ? {} : { characters: number(characters) }),
    ...(items === undefined ? {} : { items: number(items) }),
  };
}

export class InputLimitRules {
  private readonly maxLength: Record<string, number>;
  private readonly maxItems: Record<string, number>;
  private readonly entityKeys: Record<string, RegExp>;

  constructor(limits: InputLimits[]) {
    this.maxLength = Object.assign({}, ...limits.map((limit) => limit.maxLength ?? {}));
    this.entityKeys = Object.assign({}, ...limits.map((limit) => limit.entityKeys ?? {}));
    this.maxItems = Object.assign(
      { 'Query._entities(representations:)': MAX_ENTITY_REPRESENTATIONS },
      ...limits.map((limit) => limit.maxItems ?? {}),
    );
  }

  lengthOf(coordinate: string): number {
    return this.maxLength[coordinate] ?? DEFAULT_MAX_LENGTH;
  }

  itemsOf(coordinate: string): number {
    return this.maxItems[coordinate] ?? DEFAULT_MAX_ITEMS;
  }

  /** Appends the limits to the descriptions of every argument and input field (before the SDL is printed). */
  describe(schema: GraphQLSchema): void {
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) this.describeInput(field, `${type.name}.${field.name}`);
      } else if (type instanceof GraphQLObjectType) {
        for (const field of Object.values(type.getFields()))
          for (const arg of field.args) this.describeInput(arg, `${type.name}.${field.name}(${arg.name}:)`);
      }
    }
  }

  /**
   * A module may state a tighter limit in its own words ("At most 200 characters", "At most 10 names of 120
   * characters"), which its service checks: then the schema says only that one, not the platform's looser bound
   * after it. A stated limit looser than the one enforced here would promise what the edge refuses: it stops the
   * schema from being built.
   */
  private describeInput(input: GraphQLArgument | GraphQLInputField, coordinate: string): void {
    const statements: string[] = [];
    const stated = statedLimits(input.description ?? '');
    const named = getNamedType(input.type);
    if (isList(input.type)) {
      const enforced = this.itemsOf(coordinate);
      if (stated.items === undefined) statements.push(`At most ${enforced} items.`);
      else if (stated.items > enforced)
        throw new Error(`${coordinate} states ${stated.items} items; ${enforced} are allowed`);
    }
    if (named.name === 'String') {
      const enforced = this.lengthOf(coordinate);
      if (stated.characters === undefined) statements.push(`At most ${enforced} characters.`);
      else if (stated.characters > enforced)
        throw new Error(`${coordinate} states ${stated.characters} characters; ${enforced} are allowed`);
    }
    if (named.name === 'ID') statements.push('A UUID.');
    if (statements.length === 0 && stated.characters === undefined && stated.items === undefined) return;
    const existing = input.description?.trim();
    const sentence = existing && !/[.!?]$/.test(existing) ? `${existing}.` : existing;
    input.description = [sentence, ...statements].filter(Boolean).join(' ');
  }

  /**
   * Wraps the resolver (and subscribe) of every field that takes arguments, so they are checked first.
   * `_entities` accepts only the types that have a reference resolver, each with its key format.
   */
  enforce(schema: GraphQLSchema, resolvableEntities: string[]): void {
    const entityIdFormats = Object.fromEntries(
      resolvableEntities.map((typeName) => [typeName, this.entityKeys[typeName] ?? UUID]),
    );
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.args.length === 0) continue;
        // Federation adds `_entities` after the SDL is printed: its limit is stated on the served schema.
        const isEntities = type === schema.getQueryType() && field.name === '_entities';
        const [representations] = field.args;
        if (isEntities && representations) this.describeInput(representations, 'Query._entities(representations:)');
        const check = (args: Record<string, unknown>) => {
          const problems: Record<string, string> = {};
          for (const arg of field.args) {
            const value = args[arg.name];
            if (value === undefined || value === null) continue;
            this.checkValue(value, arg.type, `${type.name}.${field.name}(${arg.name}:)`, arg.name, problems);
          }
          if (isEntities) checkRepresentations(args.representations, entityIdFormats, problems);
          if (Object.keys(problems).length > 0) throw badInput(problems);
        };
        const resolve = field.resolve;
        if (resolve) field.resolve = guarded(resolve, check);
        if (field.subscribe) field.subscribe = guarded(field.subscribe, check);
        if (!resolve && !field.subscribe) field.resolve = guarded(defaultFieldResolver, check);
      }
    }
  }

  private checkValue(
    value: unknown,
    type: GraphQLInputType,
    coordinate: string,
    path: string,
    problems: Record<string, string>,
  ): void {
    if (value === null || value === undefined) return;
    const inner = type instanceof GraphQLNonNull ? type.ofType : type;
    if (inner instanceof GraphQLList) {
      if (!Array.isArray(value)) return;
      if (value.length > this.itemsOf(coordinate)) {
        problems[path] = 'error.input.tooManyItems';
        return;
      }
      value.forEach((item, index) => this.checkValue(item, inner.ofType, coordinate, `${path}.${index}`, problems));
      return;
    }
    if (inner instanceof GraphQLInputObjectType) {
      for (const field of Object.values(inner.getFields())) {
        const fieldValue = (value as Record<string, unknown>)[field.name];
        this.checkValue(fieldValue, field.type, `${inner.name}.${field.name}`, `${path}.${field.name}`, problems);
      }
      return;
    }
    if (!(inner instanceof GraphQLScalarType)) return;
    const problem = scalarProblem(inner.name, value, this.lengthOf(coordinate));
    if (problem) problems[path] = problem;
  }
}

function scalarProblem(scalar: string, value: unknown, maxLength: number): string | null {
  if (scalar === 'ID') return typeof value === 'string' && UUID.test(value) ? null : 'error.input.invalidId';
  if (typeof value === 'string' && (scalar === 'String' || !DATE_SCALARS.has(scalar)))
    return textProblem(value, scalar === 'String' ? maxLength : DEFAULT_MAX_LENGTH);
  if (DATE_SCALARS.has(scalar)) {
    const year = value instanceof Date ? value.getUTCFullYear() : Number(String(value).slice(0, 4));
    if (!Number.isFinite(year) || year < MIN_YEAR || year > MAX_YEAR) return 'error.input.dateOutOfRange';
  }
  if (scalar === 'JSON' || scalar === '_Any') return jsonProblem(value);
  return null;
}

/** Strings anywhere inside a JSON value (federation representations, free-form filters). */
function jsonProblem(value: unknown, depth = 0): string | null {
  if (depth > 10) return 'error.input.tooDeep';
  if (typeof value === 'string') return textProblem(value, DEFAULT_MAX_LENGTH);
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = jsonProblem(item, depth + 1);
      if (problem) return problem;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = textProblem(key, 100) ?? jsonProblem(item, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

function checkRepresentations(
  representations: unknown,
  entityIdFormats: Record<string, RegExp>,
  problems: Record<string, string>,
): void {
  if (!Array.isArray(representations)) return;
  representations.forEach((representation: unknown, index) => {
    const path = `representations.${index}`;
    const { __typename: typeName, id } = (representation ?? {}) as { __typename?: unknown; id?: unknown };
    const format = typeof typeName === 'string' ? entityIdFormats[typeName] : undefined;
    if (!format) problems[`${path}.__typename`] = 'error.input.unknownEntityType';
    else if (typeof id !== 'string' || !format.test(id)) problems[`${path}.id`] = 'error.input.invalidId';
  });
}

function isList(type: GraphQLInputType): boolean {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  return inner instanceof GraphQLList;
}

function guarded<Source, Context>(
  resolve: GraphQLFieldResolver<Source, Context>,
  check: (args: Record<string, unknown>) => void,
): GraphQLFieldResolver<Source, Context> {
  return (source, args, context, info) => {
    check(args);
    return resolve(source, args, context, info);
  };
}

export { UUID as UUID_PATTERN };

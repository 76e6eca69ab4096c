import { GraphQLError } from 'graphql';
import { badInput, formatError } from '../errors';

const quiet = { exposeInternals: false, onInternal: () => undefined };

describe('errors users see', () => {
  it('keep a typed error with its message key and field paths, minus any stack trace', () => {
    const error = badInput({ 'input.code': 'error.country.codeFormat' });
    const formatted = formatError(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x.ts:1'] } },
      error,
      quiet,
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.badInput',
      fields: { 'input.code': 'error.country.codeFormat' },
    });
  });

  it('replace an unexpected error (such as SQL) with a generic one, and report the original', () => {
    const reported: unknown[] = [];
    const sqlError = new Error('insert into "person" ("name") values (\'Ana\') - duplicate key');
    const formatted = formatError({ message: sqlError.message }, new GraphQLError(sqlError.message), {
      exposeInternals: false,
      onInternal: (error) => reported.push(error),
    });
    expect(formatted.message).not.toContain('Ana');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' });
    expect(reported).toHaveLength(1);
  });
});

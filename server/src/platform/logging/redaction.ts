/**
 * What may be logged of an error: its kind, codes and where it was thrown, never its message when it comes
 * from the database driver (MikroORM puts the failed statement, values included, in the message), and never
 * the text of the first stack line, which repeats the message.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const record = error as Error & Record<string, unknown>;
  const fromDatabase = 'sqlState' in record || 'sqlMessage' in record || /Exception$/.test(error.constructor.name);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return {
    type: error.constructor.name,
    message: fromDatabase ? '[database error: statement and values not logged]' : redactSqlValues(error.message),
    ...pick(record, ['code', 'sqlState', 'errno', 'constraint', 'table', 'column', 'routine']),
    stack: frames.join('\n'),
    ...(error.cause instanceof Error ? { cause: safeError(error.cause) } : {}),
  };
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') picked[key] = value;
  }
  return picked;
}

/**
 * Replaces the literals of SQL quoted in a message with `?`: strings ('...'), dollar-quoted strings and
 * numbers after a comparison or in a values list. What remains shows the statement's shape only.
 */
export function redactSqlValues(text: string): string {
  if (!/\b(select|insert|update|delete|values|where)\b/i.test(text)) return text;
  return text
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\$\$[\s\S]*?\$\$/g, '$$?$$')
    .replace(/([=(,<>]\s*)-?\d+(\.\d+)?\b/g, '$1?');
}

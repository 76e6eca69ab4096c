/**
 * The one row of a query that always returns exactly one (an aggregate without `group by`, `select now()`).
 * With `noUncheckedIndexedAccess` `rows[0]` may be undefined; an empty result here means the SQL is wrong,
 * so it fails loudly, naming the query, instead of reading a property of undefined further on.
 */
export function singleRow<T>(rows: readonly T[], query: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${query}: expected one row, the query returned none`);
  return row;
}

/**
 * Reading into arrays in tests under `noUncheckedIndexedAccess`: `rows[0]` may be undefined to the compiler,
 * and a test that expected a row and got none should fail saying so, not with "cannot read properties of
 * undefined" three lines further on.
 */

/** The element at `index` (negative counts from the end, like Array#at); throws when there is none. */
export function at<T>(list: readonly T[], index: number, what = 'element'): T {
  const value = list.at(index);
  if (value === undefined) throw new Error(`expected a ${what} at index ${index}, but the list has ${list.length}`);
  return value;
}

/** The one element of a list that must hold exactly one. */
export function only<T>(list: readonly T[], what = 'element'): T {
  if (list.length !== 1) throw new Error(`expected exactly one ${what}, got ${list.length}`);
  return at(list, 0, what);
}

/** The first GraphQL error of a result that must have failed. */
export function firstError<E>(result: { errors?: readonly E[] | null }): E {
  const error = result.errors?.[0];
  if (!error) throw new Error('expected the GraphQL result to carry an error, it carried none');
  return error;
}

/** A value the test's setup guarantees (a map entry, a regular expression's group); throws when missing. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}, found none`);
  return value;
}

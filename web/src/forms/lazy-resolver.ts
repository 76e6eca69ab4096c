import type { FieldValues, Resolver } from 'react-hook-form';

/**
 * A form resolver fetched the first time the form validates (or when `preload` is called, e.g. on focus), so a
 * screen's first download carries no zod: the sign-in screen is drawn, and usable, before its rules arrive.
 */
export function lazyResolver<Values extends FieldValues, Context, Transformed>(
  load: () => Promise<Resolver<Values, Context, Transformed>>,
): Resolver<Values, Context, Transformed> & { preload: () => void } {
  let loaded: Promise<Resolver<Values, Context, Transformed>> | undefined;
  const get = () => (loaded ??= load());
  const resolver: Resolver<Values, Context, Transformed> = async (values, context, options) =>
    (await get())(values, context, options);
  return Object.assign(resolver, { preload: () => void get() });
}

import { badInput } from '../../platform/graphql/errors';

export const INTERFACE_LOCALES = ['es', 'en', 'pt', 'fr'] as const;

/** Collects field problems so one answer names every bad field; throws BAD_USER_INPUT if there are any. */
export class FieldProblems {
  private readonly problems: Record<string, string> = {};

  add(field: string, messageKey: string): this {
    this.problems[field] ??= messageKey;
    return this;
  }

  check(condition: boolean, field: string, messageKey: string): this {
    return condition ? this : this.add(field, messageKey);
  }

  throwIfAny(): void {
    if (Object.keys(this.problems).length > 0) throw badInput(this.problems);
  }
}

export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim().length === 0;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isInterfaceLocale(locale: string): boolean {
  return (INTERFACE_LOCALES as readonly string[]).includes(locale);
}

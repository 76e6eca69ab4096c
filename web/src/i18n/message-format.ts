import type { I18nFormatModule } from 'i18next';

/**
 * The part of ICU MessageFormat the catalogues use, in a few hundred bytes instead of intl-messageformat with its
 * parser (some 10 kB over the wire on the first page): `{name}`, `{n, plural, =0 {…} one {# …} other {…}}` (also
 * `selectordinal`), `{x, select, a {…} other {…}}`, `{n, number}`, and ICU's apostrophe quoting. Anything else (a
 * date or number style, an offset, a tag) is not understood: the message is then shown as written, as
 * i18next-icu did with a message it could not parse. `message-format.test.ts` renders every catalogue string in
 * the four languages through this and through intl-messageformat and expects the same text.
 */
type Part =
  | string
  | { kind: 'argument'; name: string }
  | { kind: 'number'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'selectordinal' | 'select'; name: string; options: Record<string, Part[]> };

export type Values = Record<string, unknown>;

class MessageSyntaxError extends Error {}
class MissingValueError extends Error {}

/** Parses `message` (throws MessageSyntaxError on what it does not understand). */
export function parseMessage(message: string): Part[] {
  let at = 0;

  function parts(inPlural: boolean, nested: boolean): Part[] {
    const out: Part[] = [];
    let text = '';
    while (at < message.length) {
      const char = message[at];
      if (char === '{') {
        if (text) out.push(text);
        text = '';
        out.push(argument());
      } else if (char === '}') {
        if (!nested) throw new MessageSyntaxError('unbalanced }');
        break;
      } else if (char === '#' && inPlural) {
        if (text) out.push(text);
        text = '';
        out.push({ kind: 'pound' });
        at++;
      } else if (char === "'") {
        text += quoted(inPlural);
      } else {
        text += char;
        at++;
      }
    }
    if (text) out.push(text);
    return out;
  }

  /** ICU's apostrophe rule: `''` is one apostrophe; `'` before a syntax character quotes up to the next `'`. */
  function quoted(inPlural: boolean): string {
    const next = message[at + 1];
    if (next === "'") {
      at += 2;
      return "'";
    }
    if (next !== '{' && next !== '}' && !(inPlural && next === '#')) {
      at++;
      return "'";
    }
    at++;
    let text = '';
    while (at < message.length) {
      if (message[at] === "'") {
        if (message[at + 1] === "'") {
          text += "'";
          at += 2;
          continue;
        }
        at++;
        return text;
      }
      text += message[at++];
    }
    return text;
  }

  function word(): string {
    skipSpace();
    const start = at;
    while (at < message.length && !/[\s{},]/.test(message[at] ?? '')) at++;
    return message.slice(start, at);
  }

  function skipSpace() {
    while (at < message.length && /\s/.test(message[at] ?? '')) at++;
  }

  function expect(char: string) {
    skipSpace();
    if (message[at] !== char) throw new MessageSyntaxError(`expected ${char}`);
    at++;
  }

  function argument(): Part {
    at++; // {
    const name = word();
    if (!name) throw new MessageSyntaxError('argument without a name');
    skipSpace();
    if (message[at] === '}') {
      at++;
      return { kind: 'argument', name };
    }
    expect(',');
    const type = word();
    skipSpace();
    if (type === 'number' && message[at] === '}') {
      at++;
      return { kind: 'number', name };
    }
    if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') {
      throw new MessageSyntaxError(`unsupported argument type ${type}`);
    }
    expect(',');
    const options: Record<string, Part[]> = {};
    for (;;) {
      skipSpace();
      if (message[at] === '}') {
        at++;
        break;
      }
      const selector = word();
      if (!selector || selector.startsWith('offset:')) throw new MessageSyntaxError('unsupported selector');
      expect('{');
      options[selector] = parts(type !== 'select', true);
      expect('}');
    }
    if (!options.other) throw new MessageSyntaxError('no other option');
    return { kind: type, name, options };
  }

  const result = parts(false, false);
  if (at < message.length) throw new MessageSyntaxError('unbalanced }');
  return result;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

function pluralRule(locale: string, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${locale}:${type}`;
  let rules = pluralRules.get(key);
  if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, { type })));
  return rules;
}

function valueOf(values: Values, name: string): unknown {
  if (!(name in values)) throw new MissingValueError(name);
  return values[name];
}

function render(parts: Part[], locale: string, values: Values, pound: number | undefined): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part.kind === 'pound') out += typeof pound === 'number' ? numberFormat(locale).format(pound) : '';
    else if (part.kind === 'argument') {
      const value = valueOf(values, part.name);
      // As intl-messageformat: strings and numbers as they are (no digit grouping), other empty values as nothing.
      out +=
        typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || value
          ? String(value)
          : '';
    } else if (part.kind === 'number') out += numberFormat(locale).format(valueOf(values, part.name) as number);
    else if (part.kind === 'select') {
      const key = String(valueOf(values, part.name));
      out += render(Object.hasOwn(part.options, key) ? part.options[key]! : part.options.other!, locale, values, pound);
    } else {
      const value = valueOf(values, part.name) as number;
      const rule = pluralRule(locale, part.kind === 'plural' ? 'cardinal' : 'ordinal').select(value);
      const chosen = part.options[`=${value}`] ?? part.options[rule] ?? part.options.other!;
      out += render(chosen, locale, values, value);
    }
  }
  return out;
}

/** `message` with `values` put in, for `locale`; the message as written if it cannot be parsed or lacks a value. */
export function formatMessage(message: string, locale: string, values: Values = {}): string {
  try {
    return render(parseMessage(message), locale, values, undefined);
  } catch (error) {
    if (error instanceof MessageSyntaxError || error instanceof MissingValueError) return message;
    throw error;
  }
}

/**
 * The i18next plugin (an `i18nFormat` module, like i18next-icu): every translated string goes through
 * `formatMessage`, each message parsed once.
 */
export function icuFormat(): I18nFormatModule & {
  parse(message: string, values: Values | undefined, language: string): string;
  addLookupKeys(keys: string[]): string[];
} {
  const parsed = new Map<string, Part[] | null>();
  return {
    type: 'i18nFormat',
    parse(message, values, language) {
      let parts = parsed.get(message);
      if (parts === undefined) {
        try {
          parts = parseMessage(message);
        } catch (error) {
          if (!(error instanceof MessageSyntaxError)) throw error;
          parts = null;
        }
        parsed.set(message, parts);
      }
      if (!parts) return message;
      try {
        return render(parts, language, values ?? {}, undefined);
      } catch (error) {
        if (error instanceof MissingValueError) return message;
        throw error;
      }
    },
    // Plurals are inside the messages: no `_one`/`_other` keys to look up.
    addLookupKeys: (keys) => keys,
  };
}

import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passwords nobody may choose: the ~49,000 most common passwords of public breach corpora, as shipped by
 * zxcvbn-ts (`@zxcvbn-ts/language-common`, installed with the app: no network call), and words of this
 * portal that an attacker tries first. Compared case-insensitively, also after stripping the digits and
 * symbols people add at the ends to pass length rules ("Password2026!", "!!qwertyuiop12").
 */
const PORTAL_WORDS = ['enlace', 'enlaceenlace', 'enlace-demo', 'contraseña', 'contrasena', 'senha', 'motdepasse'];

let denied: Set<string> | undefined;

function deniedPasswords(): Set<string> {
  denied ??= new Set([...(dictionary['passwords-common'] as string[]), ...PORTAL_WORDS]);
  return denied;
}

export function isDeniedPassword(password: string): boolean {
  const lower = password.trim().toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const list = deniedPasswords();
  if (list.has(lower)) return true;
  if (core.length >= 4 && list.has(core)) return true;
  // One character or one short chunk repeated ("aaaaaaaaaaaa", "abcabcabcabc").
  return /^(.{1,4})\1+$/u.test(lower);
}

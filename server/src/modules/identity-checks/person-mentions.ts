import type { EntityManager } from '@mikro-orm/postgresql';
import type { Keyring } from '../../platform/crypto/keyring';
import { checkIndex, mechanismCheckKey } from './check-keys';
import { foldText } from './identifier-normalisation';

/** Name particles that may sit inside a name written in running text ("José de la Cruz", "João da Silva"). */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'da', 'das', 'do', 'dos', 'e', "d'", 'van', 'von']);
/** How many candidate names a text is searched for: enough for a bulletin, bounded for a long one. */
const MAX_CANDIDATES = 300;
const FIRST_YEAR_OF_BIRTH = 1920;

/** Runs of capitalised words (particles allowed between them), each folded and split into name tokens. */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let pendingParticles = 0;
  for (const word of text.split(/[^\p{L}'’-]+/u)) {
    if (!word) continue;
    if (/^\p{Lu}/u.test(word)) {
      const folded = foldText(word).split(' ').filter(Boolean);
      run.push(...folded);
      pendingParticles = 0;
    } else if (run.length > 0 && PARTICLES.has(word.toLowerCase()) && pendingParticles < 2) {
      pendingParticles += 1; // dropped, as the blind index drops them (identifier-normalisation.ts)
    } else {
      if (run.length >= 2) runs.push(run);
      run = [];
      pendingParticles = 0;
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Every way a window of 2–4 capitalised words may be given names + family names, in either order. */
function candidateNames(text: string): { family: string; given: string }[] {
  const seen = new Set<string>();
  const names: { family: string; given: string }[] = [];
  for (const run of capitalisedRuns(text)) {
    for (let start = 0; start < run.length; start++) {
      for (let size = 2; size <= 4 && start + size <= run.length; size++) {
        const window = run.slice(start, start + size);
        for (let cut = 1; cut < size; cut++) {
          const first = window.slice(0, cut).join(' ');
          const second = window.slice(cut).join(' ');
          for (const name of [
            { given: first, family: second },
            { given: second, family: first },
          ]) {
            const key = `${name.family}|${name.given}`;
            if (seen.has(key)) continue;
            seen.add(key);
            names.push(name);
            if (names.length >= MAX_CANDIDATES) return names;
          }
        }
      }
    }
  }
  return names;
}

/** Years written in the text as dates (2026-01-31, 31/01/1990, 31.01.1990): a name next to a birth date. */
function yearsOfDates(text: string): number[] {
  const years = new Set<number>();
  for (const match of text.matchAll(/\b(\d{4})-\d{2}-\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b/g)) {
    years.add(Number(match[1] ?? match[2]));
  }
  return [...years];
}

/**
 * Whether a text names a person an agency of the mechanism registered for identity checks: candidate names in the
 * text (runs of capitalised words) are normalised as the check normalises them and compared, as keyed blind
 * indexes under each key version in use, with the records' name indexes (family + given names + year of birth).
 * With a date in the text the years of its dates are tried; without one, every plausible year of birth. Nothing
 * typed is stored or logged; only HMACs meet the table.
 */
export async function textNamesRegisteredPerson(
  em: EntityManager,
  keyring: Keyring,
  mechanismId: string,
  text: string,
  now = new Date(),
): Promise<boolean> {
  const names = candidateNames(text);
  if (names.length === 0) return false;
  // Through the SECURITY DEFINER functions of ADR 0048: row-level security shows the caller's transaction its own
  // agency's records only, and a bulletin must not name a person any agency of the mechanism registered.
  const versions = await em.execute<{ key_version: number }[]>(
    'select enlace_identity_key_versions(?) as key_version',
    [mechanismId],
  );
  if (versions.length === 0) return false;
  const dated = yearsOfDates(text);
  const years =
    dated.length > 0
      ? dated
      : Array.from({ length: now.getUTCFullYear() - FIRST_YEAR_OF_BIRTH + 1 }, (_, i) => FIRST_YEAR_OF_BIRTH + i);
  for (const { key_version: version } of versions) {
    const key = mechanismCheckKey(keyring, mechanismId, version);
    const indexes: string[] = [];
    for (const name of names)
      for (const year of years) indexes.push(checkIndex(key, `NAME|${name.family}|${name.given}|${year}`));
    for (let offset = 0; offset < indexes.length; offset += 5_000) {
      const chunk = indexes.slice(offset, offset + 5_000);
      const found = await em.execute<{ one: number }[]>(
        "select 1 as one from enlace_identity_matches(?, ?, '{}'::text[], ?::text[]) limit 1",
        [mechanismId, version, `{${chunk.map((index) => `"${index}"`).join(',')}}`],
      );
      if (found.length > 0) return true;
    }
  }
  return false;
}

import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

const allowed = async (call: () => Promise<unknown>) => {
  try {
    await call();
    return true;
  } catch (error) {
    if (error instanceof DeniedError) return false;
    throw error;
  }
};

/**
 * An agency's retention terms and report (module retention). Only OWN_AGENCY exists: the query and the mutation
 * take no agency, they are always about the caller's own. Setting puts the platform term back afterwards.
 */
export function retentionChecks(): Record<string, Check> {
  return {
    'AgencyRetentionTerm:read': (api) => allowed(() => api('{ agencyRetention { agencyId lines { kind dueNow } } }')),
    'AgencyRetentionTerm:update': async (api) => {
      const set = (days: number | null) =>
        api('mutation ($d: Int) { setAgencyRetentionTerm(kind: CLOSED_SURVIVORS, days: $d) { agencyId } }', {
          d: days,
        });
      const may = await allowed(() => set(3650));
      if (may) await set(null);
      return may;
    },
  };
}

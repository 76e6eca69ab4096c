import type { RequestContext } from '../../platform/context';
import { findAgency } from './agency.service';
import { findMechanism } from './mechanism.service';

/*
 * Federation: another subgraph (a national alert list, a case system) may reference these by id. Each goes
 * through the same read as the `agency` / `mechanism` queries (the caller's rules in SQL), and the fields
 * through the same field guard: what a direct read hides, `_entities` hides. Users have no key: no outside
 * system looks staff up.
 */

export function resolveAgencyReference(reference: { id: string }, context: RequestContext) {
  return findAgency(context, reference.id);
}

export function resolveMechanismReference(reference: { id: string }, context: RequestContext) {
  return findMechanism(context, reference.id);
}

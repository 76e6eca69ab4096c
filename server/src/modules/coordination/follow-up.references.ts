import { accessibleWhere } from '../../platform/authz/accessible-where';
import type { RequestContext } from '../../platform/context';
import { Decision } from './decision.entity';
import { readableActionItem } from './follow-up/follow-up-page.service';
import { findReadableDocument } from './library/library.service';

/*
 * Federation: another subgraph may reference a mechanism's decisions, action items and library documents by
 * id. Each goes through the caller's read rules in SQL, as the direct reads do, and the fields through the
 * field guard; a foreign record answers null, like a missing one.
 */

export async function resolveDecisionReference(reference: { id: string }, { em, ability }: RequestContext) {
  const permitted = accessibleWhere(ability, 'read', Decision, em.getMetadata());
  if (!permitted) return null;
  return em.findOne(Decision, { $and: [{ id: reference.id }, permitted] } as never);
}

export function resolveActionItemReference(reference: { id: string }, context: RequestContext) {
  return readableActionItem(context, reference.id).catch(() => null);
}

export function resolveLibraryDocumentReference(reference: { id: string }, context: RequestContext) {
  return findReadableDocument(context.em, context, reference.id);
}

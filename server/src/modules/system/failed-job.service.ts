import type { RequestContext } from '../../platform/context';
import type { PageArgs } from '../../platform/graphql/connection';
import { forbidden } from '../../platform/graphql/errors';
import { discardFailedJob, listFailedJobs, retryFailedJob } from '../../platform/jobs/failed-jobs';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import type { FailedJobAction } from './failed-job.policy';
import type { FailedJobConnection } from './failed-job.types';

/** A failed job is a platform record: the rule is on the subject as a whole (failed-job.policy.ts). */
function assertMay(context: RequestContext, action: FailedJobAction) {
  if (!context.ability.can(action, 'FailedJob')) throw forbidden();
}

export function listFailed(context: RequestContext, page: PageArgs): Promise<FailedJobConnection> {
  assertMay(context, 'read');
  return listFailedJobs(context.em, page);
}

/** Retrying or discarding is an operator's decision about someone's mail: it goes into the audit trail. */
export async function decideFailedJob(context: RequestContext, id: string, decision: 'retry' | 'discard') {
  assertMay(context, decision);
  await inUnitOfWork(context, async (em) => {
    const kind = decision === 'retry' ? await retryFailedJob(em, id) : await discardFailedJob(em, id);
    await context.audit.record(em, { action: `job.${decision}`, entityType: 'Job', entityId: id, details: { kind } });
  });
  return true;
}

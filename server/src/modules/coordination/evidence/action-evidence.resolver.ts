import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context';
import { ActionUpdate } from '../action-update.entity';
import { ActionEvidence, evidenceDownloadPathOf } from './action-evidence.entity';
import { evidenceOf } from './action-evidence.service';

@Resolver(() => ActionEvidence)
export class ActionEvidenceResolver {
  @FieldResolver(() => String, { description: 'GET this path (signed in) to download the file' })
  downloadPath(@Root() evidence: ActionEvidence): string {
    return evidenceDownloadPathOf(evidence.id);
  }
}

/** An update's evidence: read with the update (whose action item the caller already reads). */
@Resolver(() => ActionUpdate)
export class ActionUpdateEvidenceResolver {
  @FieldResolver(() => [ActionEvidence], { description: 'Files attached as evidence, oldest first' })
  evidence(@Root() update: ActionUpdate, @Ctx() { em }: RequestContext): Promise<ActionEvidence[]> {
    return evidenceOf(em, update.id);
  }
}

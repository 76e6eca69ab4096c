import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { notFound } from '../../../platform/graphql/errors';
import { Agency } from '../../identity';
import { LibraryDocument } from '../library/library-document.entity';
import { Training, TrainingParticipation } from './training.entity';
import { TrainingInput } from './training.inputs';
import { findReadableTraining, listTrainings, materialsOf, recordTraining, updateTraining } from './training.service';

@Resolver(() => Training)
export class TrainingResolver {
  @SignedIn()
  @Query(() => Training, { description: 'One training of a mechanism of your agency; NOT_FOUND otherwise' })
  async training(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Training> {
    const training = await findReadableTraining(context, context.em, id);
    if (!training) throw notFound('Training');
    return training;
  }

  @SignedIn()
  @Query(() => [Training], { description: "A mechanism's trainings, latest first" })
  trainings(@Arg('mechanismId', () => ID) mechanismId: string, @Ctx() context: RequestContext) {
    return listTrainings(context, mechanismId);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Training, { description: 'Records a training delivered by a mechanism you run' })
  recordTraining(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('input', () => TrainingInput) input: TrainingInput,
    @Ctx() context: RequestContext,
  ): Promise<Training> {
    return recordTraining(context, mechanismId, input);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Training, { description: "Corrects a training's record" })
  updateTraining(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TrainingInput) input: TrainingInput,
    @Ctx() context: RequestContext,
  ): Promise<Training> {
    return updateTraining(context, id, input);
  }

  @FieldResolver(() => ID)
  mechanismId(@Root() training: Training): string {
    return training.mechanism.id;
  }

  @FieldResolver(() => [TrainingParticipation], { description: 'Participants per member agency, by sex' })
  participants(@Root() training: Training, @Ctx() { em }: RequestContext) {
    return em.find(TrainingParticipation, { training: training.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => Int, { description: 'All participants' })
  async participantCount(@Root() training: Training, @Ctx() { em }: RequestContext): Promise<number> {
    const rows: { total: number }[] = await em.execute(
      'select coalesce(sum(female + male + other_or_not_stated), 0)::int as total from training_participation where training_id = ?',
      [training.id],
    );
    return rows[0]?.total ?? 0;
  }

  @FieldResolver(() => [LibraryDocument], { description: 'Materials used that you may read' })
  materials(@Root() training: Training, @Ctx() context: RequestContext) {
    return materialsOf(context, training);
  }

  @FieldResolver(() => Boolean)
  canUpdate(@Root() training: Training, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('update', training);
  }
}

@Resolver(() => TrainingParticipation)
export class TrainingParticipationResolver {
  @FieldResolver(() => Agency)
  agency(@Root() participation: TrainingParticipation) {
    return participation.agency.load({ dataloader: true });
  }
}

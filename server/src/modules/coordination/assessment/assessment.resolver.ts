import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { notFound } from '../../../platform/graphql/errors';
import { ActionItem } from '../action-item.entity';
import { AssessmentRecommendation } from './assessment-recommendation.entity';
import { AssessmentTemplate } from './assessment-template.entity';
import { Assessment } from './assessment.entity';
import {
  AssessmentContentInput,
  AssessmentInput,
  AssessmentTemplateInput,
  RecommendationActionInput,
} from './assessment.inputs';
import {
  completeAssessment,
  createAssessmentTemplate,
  findReadable,
  listAssessments,
  listTemplates,
  makeRecommendationAction,
  recommendationProgress,
  saveAssessment,
  startAssessment,
  updateAssessmentTemplate,
} from './assessment.service';

@ObjectType({ description: "How far an assessment's recommendations have got, from their action items" })
export class RecommendationProgress {
  @Field(() => Int, { description: 'Recommendations' })
  total!: number;

  @Field(() => Int, { description: 'Recommendations made action items' })
  actions!: number;

  @Field(() => Int, { description: 'Recommendations whose action item is DONE' })
  done!: number;
}

@Resolver(() => AssessmentTemplate)
export class AssessmentTemplateResolver {
  @RoleRequired(Role.SECRETARIAT)
  @Query(() => [AssessmentTemplate], { description: 'The checklist templates of a mechanism you run' })
  assessmentTemplates(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Ctx() context: RequestContext,
  ): Promise<AssessmentTemplate[]> {
    return listTemplates(context, mechanismId);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => AssessmentTemplate, { description: 'Adds a checklist template to a mechanism you run' })
  createAssessmentTemplate(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('input', () => AssessmentTemplateInput) input: AssessmentTemplateInput,
    @Ctx() context: RequestContext,
  ): Promise<AssessmentTemplate> {
    return createAssessmentTemplate(context, mechanismId, input);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => AssessmentTemplate, { description: 'Changes a checklist; assessments begun keep their questions' })
  updateAssessmentTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AssessmentTemplateInput) input: AssessmentTemplateInput,
    @Ctx() context: RequestContext,
  ): Promise<AssessmentTemplate> {
    return updateAssessmentTemplate(context, id, input);
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @SignedIn()
  @Query(() => Assessment, { description: 'One assessment you may read; NOT_FOUND otherwise' })
  async assessment(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Assessment> {
    const assessment = await findReadable(context, context.em, Assessment, id);
    if (!assessment) throw notFound('Assessment');
    return assessment;
  }

  @SignedIn()
  @Query(() => [Assessment], { description: "A mechanism's assessments you may read, latest first" })
  assessments(@Arg('mechanismId', () => ID) mechanismId: string, @Ctx() context: RequestContext) {
    return listAssessments(context, mechanismId);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Assessment, { description: 'Begins an assessment (a draft) on a checklist template' })
  startAssessment(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('input', () => AssessmentInput) input: AssessmentInput,
    @Ctx() context: RequestContext,
  ): Promise<Assessment> {
    return startAssessment(context, templateId, input);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Assessment, { description: 'Saves a draft assessment: answers, findings, recommendations' })
  saveAssessment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AssessmentContentInput) input: AssessmentContentInput,
    @Ctx() context: RequestContext,
  ): Promise<Assessment> {
    return saveAssessment(context, id, input);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Assessment, { description: 'Completes and locks an assessment (every question scored)' })
  completeAssessment(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Assessment> {
    return completeAssessment(context, id);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => AssessmentRecommendation, { description: 'Makes a recommendation an action item, in one step' })
  makeRecommendationAction(
    @Arg('recommendationId', () => ID) recommendationId: string,
    @Arg('input', () => RecommendationActionInput) input: RecommendationActionInput,
    @Ctx() context: RequestContext,
  ): Promise<AssessmentRecommendation> {
    return makeRecommendationAction(context, recommendationId, input);
  }

  @FieldResolver(() => ID)
  mechanismId(@Root() assessment: Assessment): string {
    return assessment.mechanism.id;
  }

  @FieldResolver(() => [AssessmentRecommendation])
  recommendations(@Root() assessment: Assessment, @Ctx() { em }: RequestContext) {
    return em.find(AssessmentRecommendation, { assessment: assessment.id }, { orderBy: { position: 'asc' } });
  }

  @FieldResolver(() => RecommendationProgress)
  progress(@Root() assessment: Assessment, @Ctx() { em }: RequestContext) {
    return recommendationProgress(em, assessment.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit it (a draft of a mechanism you run)' })
  canUpdate(@Root() assessment: Assessment, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('update', assessment) && assessment.status === 'DRAFT';
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may make its recommendations action items' })
  canMakeActions(@Root() assessment: Assessment, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('update', assessment);
  }
}

@Resolver(() => AssessmentRecommendation)
export class AssessmentRecommendationResolver {
  @FieldResolver(() => ActionItem, { nullable: true, description: 'The action item it became, if you may read it' })
  async actionItem(@Root() recommendation: AssessmentRecommendation, @Ctx() { ability }: RequestContext) {
    if (!recommendation.actionItem) return null;
    const action = (await recommendation.actionItem.load({ dataloader: true })) as ActionItem | null;
    return action && ability.can('read', action) ? action : null;
  }
}

import { Meeting, MeetingKind } from '../../server/src/modules/coordination';
import { type Agency, User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { ServiceReferral, Survivor } from '../../server/src/modules/protection';
import { Referral } from '../../server/src/modules/referrals';
import { Role } from '../../server/src/platform/authz/roles';
import type { TestServer } from '../support/test-server';
import { type Caller, DeniedError, sentReferral } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

const COORDINATION = `query ($input: CoordinationStatisticsInput!) {
  coordinationStatistics(input: $input) { meetingsHeld { total { count } } } }`;
const PROTECTION = `query ($input: ProtectionStatisticsInput!) {
  protectionStatistics(input: $input) { survivors { count } serviceReferrals { count } } }`;
const STATISTICS = `query ($input: ReferralStatisticsInput!) { referralStatistics(input: $input) { total { count } } }`;

/**
 * Does a referral of the relation count in any figure the actor may ask for? Each scope (the region, the
 * referral's mechanism, the actor's agency) is asked for the one millisecond the referral was sent in: a total
 * of 0 means not counted; a count, or a suppressed one (null: 1 is below every threshold), means counted.
 */
export function statisticsChecks(server: TestServer) {
  const referralOf = new Map<Relation, Promise<string>>();
  /** A meeting held yesterday in the relation's mechanism (OWN_AGENCY and FELLOW: the actor's agency's). */
  const meetingIn = async (world: MatrixWorld, relation: Relation) => {
    const mechanism = world.mechanismOf[relation === 'FOREIGN_NON_MEMBER' ? relation : 'FELLOW_MECHANISM_MEMBER']!;
    const em = server.server.orm.em.fork();
    const startsAt = new Date(Date.now() - 86_400_000 - Math.floor(Math.random() * 1_000_000));
    em.create(Meeting, {
      mechanism: mechanism.id,
      title: 'Matrix figures meeting',
      kind: MeetingKind.ORDINARY,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      timeZone: 'America/Guatemala',
      placeText: 'Tecún Umán',
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return { mechanismId: mechanism.id, startsAt };
  };
  /** A case worker's session in an agency (the actors' own case worker for OWN_AGENCY). */
  const workers = new Map<string, Promise<string>>();
  const workerIn = (world: MatrixWorld, agency: Agency | string) => {
    const agencyId = typeof agency === 'string' ? agency : agency.id;
    if (agencyId === world.agencyOf.OWN_AGENCY.id) return Promise.resolve(world.cookieOf[Role.CASE_WORKER]);
    if (!workers.has(agencyId))
      workers.set(
        agencyId,
        (async () => {
          const em = server.server.orm.em.fork();
          const user = em.create(User, {
            agency: agencyId,
            email: `figures-worker-${agencyId}@matrix.example`,
            name: 'Figures case worker',
            timeZone: 'UTC',
            roles: [Role.CASE_WORKER],
          });
          await em.flush();
          return `enlace_session=${await startSession(em, user)}`;
        })(),
      );
    return workers.get(agencyId)!;
  };
  const must = async <T>(cookie: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await server.graphql<T>(query, variables, { cookie });
    if (!result.data) throw new Error(`fixture: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const registered = async (cookie: string) =>
    (
      await must<{ registerSurvivor: { id: string } }>(
        cookie,
        'mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id } }',
        { input: { givenNames: 'Rosa' } },
      )
    ).registerSurvivor.id;
  /** A referral to a service of the relation: OWN→ADDRESSEE, FELLOW→OWN, FELLOW→ADDRESSEE, FOREIGN→its partner. */
  const serviceReferralOf = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    const { OWN_AGENCY: own, ADDRESSEE: addressee, FELLOW_MECHANISM_MEMBER: fellow } = world.agencyOf;
    const ends: Partial<Record<Relation, [string, string]>> = {
      OWN_AGENCY: [own.id, addressee.id],
      ADDRESSEE: [fellow.id, own.id],
      FELLOW_MECHANISM_MEMBER: [fellow.id, addressee.id],
      FOREIGN_NON_MEMBER: [
        world.agencyOf.FOREIGN_NON_MEMBER.id,
        world.referralRoute.FOREIGN_NON_MEMBER!.receivingAgencyId,
      ],
    };
    const [from, to] = ends[relation]!;
    const cookie = await workerIn(world, from);
    const survivorId = await registered(cookie);
    const texts = await must<{ consentTexts: { id: string }[] }>(cookie, '{ consentTexts { id } }', {});
    const today = new Date().toISOString().slice(0, 10);
    await must(cookie, 'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
      input: {
        survivorId,
        categories: ['IDENTITY'],
        recipientAgencyId: to,
        purposes: ['SAFE_SHELTER'],
        validFrom: today,
        validUntil: today,
        method: 'SIGNED_FORM',
        signedFormReference: 'F-3',
        givenBy: 'PERSON',
        consentTextId: texts.consentTexts[0]!.id,
      },
    });
    const sent = await must<{ referToService: { id: string } }>(
      cookie,
      'mutation ($input: ServiceReferralInput!) { referToService(input: $input) { id } }',
      {
        input: {
          survivorId,
          recipientAgencyId: to,
          service: 'SAFE_SHELTER',
          urgency: 'ROUTINE',
          sharedFields: ['givenNames'],
        },
      },
    );
    return sent.referToService.id;
  };
  /** Whether any scope the actor may ask for (region, the mechanism, their agency) counts something in the period. */
  const protectionCounts = async (
    api: Caller,
    at: Date,
    mechanismId: string | null,
    figure: 'survivors' | 'serviceReferrals',
  ) => {
    const period = { from: at.toISOString(), to: new Date(at.getTime() + 1).toISOString() };
    const scopes = [{ scope: 'REGION' }, { scope: 'AGENCY' }];
    if (mechanismId) scopes.push({ scope: 'MECHANISM', mechanismId } as { scope: string });
    for (const scope of scopes) {
      try {
        const data = await api<{
          protectionStatistics: Record<'survivors' | 'serviceReferrals', { count: number | null }>;
        }>(PROTECTION, { input: { ...scope, ...period } });
        if (data.protectionStatistics[figure].count !== 0) return true;
      } catch (error) {
        if (!(error instanceof DeniedError)) throw error;
      }
    }
    return false;
  };
  const survivorOf = new Map<Relation, Promise<string>>();
  const serviceReferralFor = new Map<Relation, Promise<string>>();
  return {
    /** A survivor registered by a case worker of the relation's agency, referred nowhere. */
    'ProtectionFigures:count': async (api: Caller, world: MatrixWorld, relation: Relation) => {
      if (!survivorOf.has(relation))
        survivorOf.set(relation, workerIn(world, world.agencyOf[relation]).then(registered));
      const survivor = await server.server.orm.em.fork().findOneOrFail(Survivor, await survivorOf.get(relation)!);
      return protectionCounts(api, survivor.registeredAt, world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id, 'survivors');
    },
    'ServiceReferralFigures:count': async (api: Caller, world: MatrixWorld, relation: Relation) => {
      if (!serviceReferralFor.has(relation)) serviceReferralFor.set(relation, serviceReferralOf(world, relation));
      const referral = await server.server.orm.em
        .fork()
        .findOneOrFail(ServiceReferral, await serviceReferralFor.get(relation)!);
      return protectionCounts(api, referral.sentAt, referral.mechanism.id, 'serviceReferrals');
    },
    'CoordinationFigures:count': async (api: Caller, world: MatrixWorld, relation: Relation) => {
      const { mechanismId, startsAt } = await meetingIn(world, relation);
      const period = { from: startsAt.toISOString(), to: new Date(startsAt.getTime() + 1).toISOString() };
      for (const scope of [{ scope: 'REGION' }, { scope: 'MECHANISM', mechanismId }, { scope: 'AGENCY' }]) {
        try {
          const data = await api<{ coordinationStatistics: { meetingsHeld: { total: { count: number | null } } } }>(
            COORDINATION,
            { input: { ...scope, ...period } },
          );
          if (data.coordinationStatistics.meetingsHeld.total.count !== 0) return true;
        } catch (error) {
          if (!(error instanceof DeniedError)) throw error;
        }
      }
      return false;
    },
    'ReferralFigures:count': async (api: Caller, world: MatrixWorld, relation: Relation) => {
      if (!referralOf.has(relation)) referralOf.set(relation, sentReferral(server, world, relation));
      const id = await referralOf.get(relation)!;
      const referral = await server.server.orm.em.fork().findOneOrFail(Referral, id);
      const from = new Date(referral.sentAt!.getTime());
      const period = { from: from.toISOString(), to: new Date(from.getTime() + 1).toISOString() };
      const scopes = [
        { scope: 'REGION' },
        { scope: 'MECHANISM', mechanismId: referral.mechanism.id },
        { scope: 'AGENCY' },
      ];
      for (const scope of scopes) {
        try {
          const data = await api<{ referralStatistics: { total: { count: number | null } } }>(STATISTICS, {
            input: { ...scope, ...period },
          });
          if (data.referralStatistics.total.count !== 0) return true;
        } catch (error) {
          if (!(error instanceof DeniedError)) throw error;
        }
      }
      return false;
    },
  };
}

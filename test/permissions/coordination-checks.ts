import { Agency, Mechanism, MechanismKind, User } from '../../server/src/modules/identity';
import {
  ActionItem,
  ActionPriority,
  AgendaItem,
  Decision,
  Meeting,
  MeetingKind,
  MinutesStatus,
} from '../../server/src/modules/coordination';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';
import { at } from '../support/indexing';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

const MINUTES = 'Se acordó reforzar el control en el paso fronterizo.';

/**
 * Meeting checks. OWN_AGENCY: a meeting of the world's GT–MX mechanism, whose secretariat the actors' agency
 * runs; FELLOW_MECHANISM_MEMBER: of a second mechanism (made here) that the actors' agency belongs to and the
 * addressee runs; FOREIGN_NON_MEMBER: of the CR–PA mechanism. Fixture meetings are written through the ORM.
 */
export function coordinationChecks(server: TestServer): Record<string, Check> {
  const orm = server.server.orm;
  let fellowMechanism: Promise<Mechanism> | undefined;
  const mechanismOf = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    if (relation === 'OWN_AGENCY') return world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id;
    if (relation === 'FOREIGN_NON_MEMBER') return world.mechanismOf.FOREIGN_NON_MEMBER!.id;
    fellowMechanism ??= (async () => {
      const em = orm.em.fork();
      const mechanism = em.create(Mechanism, {
        kind: MechanismKind.BINATIONAL,
        names: { es: 'MX–GT (secretaría mexicana)' },
        secretariatAgency: world.agencyOf.ADDRESSEE.id,
      });
      mechanism.memberAgencies.set([
        em.getReference(Agency, world.agencyOf.ADDRESSEE.id),
        em.getReference(Agency, world.agencyOf.OWN_AGENCY.id),
      ]);
      await em.flush();
      return mechanism;
    })();
    return (await fellowMechanism).id;
  };

  /** A meeting of the relation's mechanism whose minutes are in `status`; returns its id and its item's id. */
  const meetingOf = async (world: MatrixWorld, relation: Relation, status: MinutesStatus) => {
    const em = orm.em.fork();
    const startsAt = new Date(Date.now() - 86_400_000);
    const meeting = em.create(Meeting, {
      mechanism: await mechanismOf(world, relation),
      title: `Matrix meeting ${status}`,
      kind: MeetingKind.ORDINARY,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      timeZone: 'America/Guatemala',
      placeText: 'Tecún Umán',
      minutesStatus: status,
      minutesRevision: status === MinutesStatus.APPROVED ? 1 : 0,
      commentDeadline: status === MinutesStatus.CIRCULATED ? new Date(Date.now() + 86_400_000) : null,
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    const item = em.create(AgendaItem, { meeting, position: 1, title: 'Punto único', minutes: MINUTES });
    await em.flush();
    return { id: meeting.id, itemId: item.id };
  };
  const shared = new Map<string, Promise<{ id: string; itemId: string }>>();
  const sharedMeeting = (world: MatrixWorld, relation: Relation, status: MinutesStatus) => {
    const key = `${relation}:${status}`;
    if (!shared.has(key)) shared.set(key, meetingOf(world, relation, status));
    return shared.get(key)!;
  };

  const minutesSeen = async (api: Caller, id: string): Promise<boolean> => {
    try {
      const data = await api<{ meeting: { agenda: { minutes: string | null }[] } }>(
        'query ($id: ID!) { meeting(id: $id) { agenda { minutes } } }',
        { id },
      );
      return at(data.meeting.agenda, 0).minutes === MINUTES;
    } catch (error) {
      if (error instanceof DeniedError) return false;
      throw error;
    }
  };
  const succeeds = async (write: () => Promise<unknown>) => {
    try {
      await write();
      return true;
    } catch (error) {
      if (error instanceof DeniedError) return false;
      throw error;
    }
  };

  let decisionNumber = 100;
  const decisionOf = async (world: MatrixWorld, relation: Relation) => {
    const { id } = await sharedMeeting(world, relation, MinutesStatus.DRAFT);
    const em = orm.em.fork();
    const meeting = await em.findOneOrFail(Meeting, id);
    decisionNumber += 1;
    const decision = em.create(Decision, {
      mechanism: meeting.mechanism,
      meeting,
      year: 2026,
      number: decisionNumber,
      reference: `MATRIX-2026-D${decisionNumber}`,
      text: 'Acuerdo de la matriz',
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return decision.id;
  };
  /** An open action of the relation: owed by the actors' agency (OWN), the addressee (FELLOW) or the foreign agency. */
  const actionOf = async (world: MatrixWorld, relation: Relation) => {
    const mechanismRelation = relation === 'FELLOW_MECHANISM_MEMBER' ? 'OWN_AGENCY' : relation;
    const { id } = await sharedMeeting(world, mechanismRelation, MinutesStatus.DRAFT);
    const owner = {
      OWN_AGENCY: world.agencyOf.OWN_AGENCY,
      FELLOW_MECHANISM_MEMBER: world.agencyOf.ADDRESSEE,
      FOREIGN_NON_MEMBER: world.agencyOf.FOREIGN_NON_MEMBER,
    }[relation as 'OWN_AGENCY']!;
    const em = orm.em.fork();
    const meeting = await em.findOneOrFail(Meeting, id);
    const action = em.create(ActionItem, {
      mechanism: meeting.mechanism,
      meeting,
      title: 'Acción de la matriz',
      ownerAgency: owner.id,
      dueDate: '2099-12-31',
      dueAt: new Date('2100-01-01T06:00:00Z'),
      priority: ActionPriority.MEDIUM,
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return action.id;
  };

  return {
    'Decision:read': async (api, world, relation) => {
      const id = await decisionOf(world, relation);
      return succeeds(async () => {
        const data = await api<{ meeting: { decisions: { id: string }[] } }>(
          'query ($id: ID!) { meeting(id: $id) { decisions { id } } }',
          { id: (await sharedMeeting(world, relation, MinutesStatus.DRAFT)).id },
        );
        if (!data.meeting.decisions.some((decision) => decision.id === id)) throw new DeniedError('not listed');
      });
    },
    'Decision:create': async (api, world, relation) => {
      const { id } = await meetingOf(world, relation, MinutesStatus.DRAFT);
      return succeeds(() =>
        api('mutation ($id: ID!) { recordDecision(meetingId: $id, text: "Acuerdo") { id } }', { id }),
      );
    },
    'ActionItem:report': async (api, world, relation) => {
      const id = await actionOf(world, relation);
      return succeeds(() =>
        api('mutation ($id: ID!) { reportOnAction(actionItemId: $id, body: "Avance") { id } }', { id }),
      );
    },
    'ActionOwnerCandidate:read': async (api, world, relation) => {
      // OWN: the GT–MX mechanism the actors' agency runs; FELLOW: one it is a member of; FOREIGN: CR–PA.
      const agencyId =
        relation === 'FOREIGN_NON_MEMBER' ? world.agencyOf.FOREIGN_NON_MEMBER.id : world.agencyOf.OWN_AGENCY.id;
      const mechanismId = await mechanismOf(world, relation);
      let names: { name: string }[] = [];
      const listed = await succeeds(async () => {
        const data = await api<{ actionOwnerCandidates: { name: string }[] }>(
          'query ($m: ID!, $a: ID!) { actionOwnerCandidates(mechanismId: $m, agencyId: $a) { name } }',
          { m: mechanismId, a: agencyId },
        );
        names = data.actionOwnerCandidates;
      });
      return listed && names.length > 0;
    },
    'Meeting:read': async (api, world, relation) => {
      const { id } = await sharedMeeting(world, relation, MinutesStatus.DRAFT);
      return succeeds(() => api('query ($id: ID!) { meeting(id: $id) { id agenda { title } } }', { id }));
    },
    'Meeting:readApprovedMinutes': async (api, world, relation) =>
      minutesSeen(api, (await sharedMeeting(world, relation, MinutesStatus.APPROVED)).id),
    'Meeting:readCirculatedMinutes': async (api, world, relation) =>
      minutesSeen(api, (await sharedMeeting(world, relation, MinutesStatus.CIRCULATED)).id),
    'Meeting:readDraftMinutes': async (api, world, relation) =>
      minutesSeen(api, (await sharedMeeting(world, relation, MinutesStatus.DRAFT)).id),
    'Meeting:comment': async (api, world, relation) => {
      const { itemId } = await sharedMeeting(world, relation, MinutesStatus.CIRCULATED);
      return succeeds(() =>
        api('mutation ($id: ID!) { commentOnMinutes(agendaItemId: $id, body: "Conforme") { id } }', { id: itemId }),
      );
    },
    'Meeting:create': async (api, world, relation) => {
      const startsAt = new Date(Date.now() + 86_400_000);
      const mechanismId = await mechanismOf(world, relation);
      return succeeds(() =>
        api('mutation ($m: ID!, $input: MeetingInput!) { createMeeting(mechanismId: $m, input: $input) { id } }', {
          m: mechanismId,
          input: {
            title: 'Nueva reunión',
            kind: 'ORDINARY',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            timeZone: 'America/Guatemala',
            placeText: 'Ciudad Hidalgo',
            languages: ['es'],
            invitedAgencyIds: [],
          },
        }),
      );
    },
    'Meeting:update': async (api, world, relation) => {
      const { id, itemId } = await meetingOf(world, relation, MinutesStatus.DRAFT);
      return succeeds(() =>
        api(
          'mutation ($id: ID!, $items: [AgendaItemInput!]!) { setMeetingAgenda(meetingId: $id, items: $items) { id } }',
          {
            id,
            items: [{ id: itemId, title: 'Punto único, revisado' }],
          },
        ),
      );
    },
    'Meeting:approve': async (api, world, relation) => {
      const { id } = await meetingOf(world, relation, MinutesStatus.CIRCULATED);
      return succeeds(() => api('mutation ($id: ID!) { approveMinutes(meetingId: $id) { id } }', { id }));
    },
  };
}

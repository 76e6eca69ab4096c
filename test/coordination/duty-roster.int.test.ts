import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  codeOf,
  createCoordinationWorld,
  dataOf,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';
import { at } from '../support/indexing';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

const CREATE = `mutation ($m: ID!, $input: DutyContactInput!) { createDutyContact(mechanismId: $m, input: $input) {
  id deskName alwaysOn days from until onDutyNow canUpdate agency { acronym } crossingPoint { name } } }`;
const ROSTER = `query ($m: ID!, $agency: ID, $onDuty: Boolean) {
  dutyRoster(mechanismId: $m, agencyId: $agency, onDutyOnly: $onDuty) { id deskName onDutyNow phone agency { acronym } } }`;

const line = (overrides: Record<string, unknown> = {}) => ({
  deskName: 'Guardia INM Ciudad Hidalgo',
  timeZone: 'America/Mexico_City',
  alwaysOn: true,
  days: [],
  languages: ['es'],
  phone: '+52 962 000 0000',
  ...overrides,
});
async function add(input: Record<string, unknown>): Promise<string> {
  const result = await callers.memberAdmin(CREATE, { m: world.mechanism.id, input });
  return dataOf<{ createDutyContact: { id: string } }>(result).createDutyContact.id;
}

/** Asks the database's one definition whether hours are on duty at an instant. */
async function onDutyAt(
  hours: { alwaysOn?: boolean; days: number[]; start: number; end: number; zone: string },
  instant: string,
): Promise<boolean> {
  const row = at(
    await server.server.orm.em
      .fork()
      .execute<{ on: boolean }[]>(
        'select enlace_on_duty(?, ?::smallint[], ?::smallint, ?::smallint, ?, ?::timestamptz) as on',
        [hours.alwaysOn ?? false, `{${hours.days.join(',')}}`, hours.start, hours.end, hours.zone, instant],
      ),
    0,
  );
  return row.on;
}

describe("a mechanism's 24/7 contact roster", () => {
  it("is kept by each agency's admin for their own agency; others are refused or told it is not there", async () => {
    const created = dataOf<{ createDutyContact: Record<string, unknown> }>(
      await callers.memberAdmin(CREATE, {
        m: world.mechanism.id,
        input: line({ crossingPointId: world.crossingPoint.id }),
      }),
    ).createDutyContact;
    expect(created).toMatchObject({
      deskName: 'Guardia INM Ciudad Hidalgo',
      alwaysOn: true,
      onDutyNow: true,
      canUpdate: true,
      agency: { acronym: 'INM' },
      crossingPoint: { name: 'Tecún Umán – Ciudad Hidalgo' },
    });
    expect(codeOf(await callers.memberOfficer(CREATE, { m: world.mechanism.id, input: line() }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.secretariat(CREATE, { m: world.mechanism.id, input: line() }))).toBe('FORBIDDEN');
    const foreign = await callers.memberAdmin(CREATE, { m: world.foreignMechanism.id, input: line() });
    expect(codeOf(foreign)).toBe('NOT_FOUND');

    const update = `mutation ($id: ID!, $input: DutyContactInput!) { updateDutyContact(id: $id, input: $input) { id } }`;
    const id = created.id as string;
    expect(codeOf(await callers.secretariat(update, { id, input: line() }))).toBe('FORBIDDEN');
  });

  it('is read by every member agency user and by nobody else', async () => {
    await add(line({ deskName: 'Mesa de enlace FGR' }));
    const desks = async (who: Who) =>
      dataOf<{ dutyRoster: { deskName: string }[] }>(await callers[who](ROSTER, { m: world.mechanism.id })).dutyRoster;
    expect((await desks('memberAuditor')).length).toBeGreaterThan(0);
    expect((await desks('secretariat')).length).toBeGreaterThan(0);
    expect(await desks('foreignOfficer')).toEqual([]);
    expect(await desks('platformAdmin')).toEqual([]);
  });

  it('checks hours, time zone, languages and the crossing point', async () => {
    const result = await callers.memberAdmin(CREATE, {
      m: world.mechanism.id,
      input: line({
        alwaysOn: false,
        days: [],
        from: '25:00',
        until: '08:00',
        timeZone: 'Mars/Olympus',
        languages: ['de'],
        crossingPointId: world.foreignMechanism.id,
      }),
    });
    const problems = JSON.stringify(result.errors);
    for (const field of ['input.days', 'input.from', 'input.timeZone', 'input.languages', 'input.crossingPointId'])
      expect(problems).toContain(field);
  });

  it('says who is on duty now, in SQL, and lists those first', async () => {
    const never = await add(
      line({ deskName: 'Turno imposible', alwaysOn: false, days: [1], from: '00:00', until: '00:01' }),
    );
    const onDuty = dataOf<{ dutyRoster: { id: string; onDutyNow: boolean }[] }>(
      await callers.secretariat(ROSTER, { m: world.mechanism.id, agency: world.agencies.inm.id, onDuty: true }),
    ).dutyRoster;
    expect(onDuty.length).toBeGreaterThan(0);
    expect(onDuty.every((contact) => contact.onDutyNow)).toBe(true);
    expect(onDuty.map((contact) => contact.id)).not.toContain(never);
  });

  it('takes the hours in the desk’s own time zone, overnight shifts included', async () => {
    const weekdays = { days: [1, 2, 3, 4, 5], start: 8 * 60, end: 17 * 60, zone: 'America/Guatemala' };
    // Monday 2026-12-07 15:00 UTC is 09:00 in Guatemala (UTC-6): on duty; 23:30 UTC is 17:30 there: off.
    expect(await onDutyAt(weekdays, '2026-12-07T15:00:00Z')).toBe(true);
    expect(await onDutyAt(weekdays, '2026-12-07T23:30:00Z')).toBe(false);
    // The same instant in São Paulo (UTC-3) is 12:00 on a Monday.
    expect(await onDutyAt({ ...weekdays, zone: 'America/Sao_Paulo' }, '2026-12-07T15:00:00Z')).toBe(true);
    // Friday 22:00 → 06:00 night shift: on duty at 02:00 Saturday (it started Friday), not at 02:00 Friday.
    const night = { days: [5], start: 22 * 60, end: 6 * 60, zone: 'America/Guatemala' };
    expect(await onDutyAt(night, '2026-12-12T08:00:00Z')).toBe(true); // Sat 02:00 local
    expect(await onDutyAt(night, '2026-12-11T08:00:00Z')).toBe(false); // Fri 02:00 local
    expect(await onDutyAt(night, '2026-12-12T04:30:00Z')).toBe(true); // Fri 22:30 local
    expect(await onDutyAt({ ...night, alwaysOn: true, days: [] }, '2026-12-09T12:00:00Z')).toBe(true);
  });

  it("lets the admin remove their agency's line", async () => {
    const id = await add(line({ deskName: 'Por retirar' }));
    const remove = `mutation ($id: ID!) { deleteDutyContact(id: $id) }`;
    expect(codeOf(await callers.secretariat(remove, { id }))).toBe('FORBIDDEN');
    expect(dataOf<{ deleteDutyContact: string }>(await callers.memberAdmin(remove, { id })).deleteDutyContact).toBe(id);
    const left = dataOf<{ dutyRoster: { id: string }[] }>(
      await callers.memberAdmin(ROSTER, { m: world.mechanism.id }),
    ).dutyRoster;
    expect(left.map((contact) => contact.id)).not.toContain(id);
  });

  it("is changed by its agency's admin: checked like a new line, refused whole, audited", async () => {
    const id = await add(line({ deskName: 'Guardia para cambiar' }));
    const UPDATE = `mutation ($id: ID!, $input: DutyContactInput!) { updateDutyContact(id: $id, input: $input) {
      id deskName alwaysOn days from until phone } }`;
    const stored = async () =>
      (
        await server.server.orm.em
          .fork()
          .execute<{ desk_name: string; phone: string }[]>('select desk_name, phone from duty_contact where id = ?', [
            id,
          ])
      )[0];

    const bad = await callers.memberAdmin(UPDATE, {
      id,
      input: line({ deskName: 'x'.repeat(201), alwaysOn: false, days: [1], from: '09:00', until: '9am' }),
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad)).toContain('input.until');
    expect(JSON.stringify(bad)).toContain('input.deskName');
    expect(await stored()).toEqual({ desk_name: 'Guardia para cambiar', phone: '+52 962 000 0000' });

    const changed = dataOf<{ updateDutyContact: Record<string, unknown> }>(
      await callers.memberAdmin(UPDATE, {
        id,
        input: line({
          deskName: 'Guardia nocturna',
          alwaysOn: false,
          days: [5],
          from: '22:00',
          until: '06:00',
          phone: '+52 1',
        }),
      }),
    ).updateDutyContact;
    expect(changed).toMatchObject({ deskName: 'Guardia nocturna', days: [5], from: '22:00', until: '06:00' });
    expect(await stored()).toEqual({ desk_name: 'Guardia nocturna', phone: '+52 1' });
    const audited = await server.server.orm.em
      .fork()
      .execute<{ action: string }[]>('select action from audit_event where entity_id = ? order by seq', [id]);
    expect(audited.map((row) => row.action)).toEqual(['roster.contact.create', 'roster.contact.update']);

    // Another agency's admin and the foreign mechanism's people are told it is not there.
    for (const who of ['foreignOfficer', 'platformAdmin'] as const)
      expect(codeOf(await callers[who](UPDATE, { id, input: line() }))).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect(codeOf(await callers.memberOfficer(UPDATE, { id, input: line() }))).toBe('FORBIDDEN');
  });
});

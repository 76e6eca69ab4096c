import type { SeededDemo } from './demo-server';
import { at } from '../support/indexing';

/** National referral mechanisms and a caseload to look at. */
export function protectionDemoChecks(demo: SeededDemo) {
  it('gives PANI a case worker with a caseload, a supervisor, and the national mechanism of Costa Rica', async () => {
    const worker = await demo.signIn('case-worker.cr-pani@demo.enlace.example');
    const answer = await demo.api.graphql<{
      mechanisms: { kind: string; countries: { id: string }[]; memberAgencies: { kind: string }[] }[];
      caseload: { totalCount: number; nodes: { code: string; givenNames: string | null; status: string }[] };
    }>(
      `{ mechanisms { kind countries { id } memberAgencies { kind } }
         caseload(first: 10) { totalCount nodes { code givenNames status } } }`,
      {},
      { cookie: worker },
    );
    expect(answer.errors).toBeUndefined();
    const national = answer.data!.mechanisms.find((mechanism) => mechanism.kind === 'NATIONAL')!;
    expect(national.countries).toEqual([{ id: 'CR' }]);
    expect(national.memberAgencies.map((agency) => agency.kind)).toEqual(
      expect.arrayContaining(['NGO_SERVICE_PROVIDER', 'HEALTH_SERVICES', 'PROTECTION_SERVICES']),
    );
    // Five registered, one opened from the accepted referral to protection from Peñas Blancas.
    expect(answer.data!.caseload.totalCount).toBe(6);
    expect(answer.data!.caseload.nodes.every((node) => /^SV-CR-\d{4}-0000[1-6]$/.test(node.code))).toBe(true);
    expect(answer.data!.caseload.nodes.every((node) => node.givenNames !== null)).toBe(true);
    expect(answer.data!.caseload.nodes.filter((node) => node.status === 'CLOSED')).toHaveLength(1);

    const supervisor = await demo.signIn('protection-supervisor.cr-pani@demo.enlace.example');
    const supervised = await demo.api.graphql<{
      caseload: { nodes: { givenNames: string | null; assignedToMe: boolean }[] };
    }>('{ caseload(first: 10) { nodes { givenNames assignedToMe } } }', {}, { cookie: supervisor });
    const nodes = supervised.data!.caseload.nodes;
    expect(nodes.filter((node) => node.assignedToMe)).toHaveLength(3);
    expect(nodes.every((node) => (node.givenNames !== null) === node.assignedToMe)).toBe(true);
  });

  it('has national mechanisms in Costa Rica, Guatemala and Colombia, each with state and NGO members', async () => {
    const row = at(
      await demo.api.server.orm.em
        .fork()
        .getConnection()
        .execute<{ countries: string[] }[]>(
          `select array_agg(mc.country_code order by mc.country_code) as countries from mechanism m
         join mechanism_country mc on mc.mechanism_id = m.id where m.kind = 'NATIONAL'`,
        ),
      0,
    );
    expect(row.countries).toEqual(['CO', 'CR', 'GT']);
  });

  it("gives Rahab's case worker an accepted referral from PANI carrying only name, age, languages and vulnerabilities", async () => {
    const worker = await demo.signIn('case-worker.cr-rahab@demo.enlace.example');
    const answer = await demo.api.graphql<{
      serviceReferrals: {
        nodes: { status: string; survivor: { givenNames: string | null; familyNames: string | null } }[];
      };
      directoryServices: { nodes: { name: string }[] };
    }>(
      `{ serviceReferrals(box: INCOMING) { nodes { status survivor { givenNames familyNames } } }
         directoryServices(countryCode: "CR", type: SAFE_SHELTER) { nodes { name } } }`,
      {},
      { cookie: worker },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.serviceReferrals.nodes).toEqual([
      { status: 'ACCEPTED', survivor: { givenNames: 'Yahoska Isabel', familyNames: null } },
    ]);
    expect(answer.data!.directoryServices.nodes.map((node) => node.name)).toContain('Albergue Fundación Rahab');
  });
  it("gives PANI's case worker referrals to services in both directions: sent to Rahab and CCSS, received from Rahab", async () => {
    const worker = await demo.signIn('case-worker.cr-pani@demo.enlace.example');
    const boxes = await demo.api.graphql<{
      sent: { nodes: { status: string; recipientAgency: { acronym: string } }[] };
      received: { nodes: { status: string; service: string; survivor: { givenNames: string | null } }[] };
    }>(
      `{ sent: serviceReferrals(box: OUTGOING) { nodes { status recipientAgency { acronym } } }
         received: serviceReferrals(box: INCOMING) { nodes { status service survivor { givenNames } } } }`,
      {},
      { cookie: worker },
    );
    expect(boxes.errors).toBeUndefined();
    expect(boxes.data!.sent.nodes).toHaveLength(2);
    expect(boxes.data!.received.nodes).toEqual([
      { status: 'SENT', service: 'FAMILY_TRACING', survivor: { givenNames: 'Keylin' } },
    ]);
  });

  it("shows Rahab's shelter and PANI talking on the accepted referral: two messages, the intake note attached", async () => {
    const worker = await demo.signIn('case-worker.cr-rahab@demo.enlace.example');
    const box = await demo.api.graphql<{ serviceReferrals: { nodes: { id: string }[] } }>(
      '{ serviceReferrals(box: INCOMING) { nodes { id } } }',
      {},
      { cookie: worker },
    );
    const id = box.data!.serviceReferrals.nodes[0]!.id;
    const conversation = await demo.api.graphql<{
      serviceReferralMessages: { body: string | null; attachments: { fileName: string; downloadPath: string }[] }[];
    }>(
      'query ($id: ID!) { serviceReferralMessages(referralId: $id) { body attachments { fileName downloadPath } } }',
      { id },
      { cookie: worker },
    );
    expect(conversation.errors).toBeUndefined();
    const messages = conversation.data!.serviceReferralMessages;
    expect(messages).toHaveLength(2);
    expect(messages.every((message) => !!message.body)).toBe(true);
    expect(messages[1]!.attachments.map((file) => file.fileName)).toEqual(['ficha-de-ingreso.pdf']);
    const file = await fetch(`${demo.api.url}${messages[1]!.attachments[0]!.downloadPath}`, {
      headers: { cookie: worker },
    });
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('gives PANI referrals to protection from the Peñas Blancas border post: one accepted, one waiting', async () => {
    const worker = await demo.signIn('case-worker.cr-pani@demo.enlace.example');
    const received = await demo.api.graphql<{
      protectionReferrals: { status: string; survivorCode: string | null }[];
    }>('{ protectionReferrals(box: INCOMING) { status survivorCode } }', {}, { cookie: worker });
    expect(received.errors).toBeUndefined();
    expect(received.data!.protectionReferrals.map((referral) => referral.status).sort()).toEqual(['ACCEPTED', 'SENT']);
  });
}

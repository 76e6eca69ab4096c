import type { SeededDemo } from './demo-server';

interface Listed {
  bulletins: {
    id: string;
    kind: string;
    texts: { language: string; title: string }[];
    images: { downloadPath: string }[];
    acknowledgements: { agency: { acronym: string }; acknowledgedAt: string | null }[];
  }[];
}
const LIST = `{ bulletins { id kind texts { language title } images { downloadPath }
  acknowledgements { agency { acronym } acknowledgedAt } } }`;

/**
 * The Guatemala–Mexico mechanism has a false-document alert (with a specimen image) and a route bulletin, both
 * published; FGR acknowledged the route bulletin, and the secretariat sees who has not.
 */
export function bulletinsDemoChecks(demo: SeededDemo) {
  it("gives the GT–MX secretariat two published bulletins and FGR's acknowledgement of the route one", async () => {
    const cookie = await demo.signIn('secretariat.gt-igm@demo.enlace.example');
    const listed = await demo.api.graphql<Listed>(LIST, {}, { cookie });
    expect(listed.errors).toBeUndefined();
    const bulletins = listed.data!.bulletins;
    expect(bulletins.map((bulletin) => bulletin.kind).sort()).toEqual(['FALSE_DOCUMENT', 'ROUTE_MODUS_OPERANDI']);
    const alert = bulletins.find((bulletin) => bulletin.kind === 'FALSE_DOCUMENT')!;
    expect(alert.texts.map((text) => text.language)).toEqual(['es', 'en']);
    expect(alert.images).toHaveLength(1);
    const image = await fetch(`${demo.api.url}${alert.images[0]!.downloadPath}`, { headers: { cookie } });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const route = bulletins.find((bulletin) => bulletin.kind === 'ROUTE_MODUS_OPERANDI')!;
    const acknowledged = route.acknowledgements.filter((row) => row.acknowledgedAt !== null);
    expect(acknowledged.map((row) => row.agency.acronym)).toEqual(['FGR']);
    expect(route.acknowledgements.length).toBeGreaterThan(3);
  });

  it('shows the bulletins to a member agency user, and nothing to an agency outside the mechanism', async () => {
    const inm = await demo.signIn('auditor.mx-inm@demo.enlace.example');
    const seen = await demo.api.graphql<Listed>(LIST, {}, { cookie: inm });
    expect(seen.data!.bulletins).toHaveLength(2);
    // Members do not see the other agencies' acknowledgements.
    expect(seen.data!.bulletins.every((bulletin) => bulletin.acknowledgements.length === 0)).toBe(true);
    const outsider = await demo.signIn('liaison-officer.br-pf@demo.enlace.example');
    expect((await demo.api.graphql<Listed>(LIST, {}, { cookie: outsider })).data!.bulletins).toEqual([]);
  });
}

import { getMetadataStorage } from 'type-graphql';
import { buildEnlaceSchema } from '../../server/src/app';

/**
 * Every root query, mutation and subscription must say who may call it (@Public, @SignedIn or @RoleRequired),
 * so nothing is open by accident. Checked on the real, fully built schema's metadata.
 */
describe('root fields', () => {
  beforeAll(() => buildEnlaceSchema());

  it('each declare who may call them', () => {
    const storage = getMetadataStorage();
    const declared = new Set(storage.authorizedFields.map((field) => `${field.target.name}.${field.fieldName}`));
    const roots = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
    expect(roots.length).toBeGreaterThan(10);
    const undeclared = roots
      .filter((root) => !declared.has(`${root.target.name}.${root.methodName}`))
      .map((root) => `${root.target.name}.${root.methodName}`);
    expect(undeclared).toEqual([]);
  });
});

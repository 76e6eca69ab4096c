import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../../server/src/app';
import type { AppAbility } from '../../server/src/platform/authz/ability';
import { accessibleWhere, UntranslatableRuleError } from '../../server/src/platform/authz/accessible-where';
import { ormOptions } from '../../server/src/platform/orm/orm-config';
import { Agency, User } from '../../server/src/modules/identity';
import { Referral } from '../../server/src/modules/referrals';

/** Builds an ability from rules written the way policies write them. */
function abilityWith(define: (builder: AbilityBuilder<AppAbility>) => void): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  define(builder);
  return builder.build();
}

describe('turning permission rules into SQL conditions', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    // Metadata only: no database connection is made.
    orm = await MikroORM.init({
      ...ormOptions({ url: 'postgresql://unused/none', entities, migrations: [] }),
      connect: false,
    });
  });
  afterAll(() => orm.close());
  const where = (ability: AppAbility, entity: typeof Agency | typeof User | typeof Referral) =>
    accessibleWhere(ability, 'read', entity as never, orm.getMetadata());

  it('answers null (no query at all) when no rule allows the action', () => {
    expect(
      where(
        abilityWith(() => undefined),
        Agency,
      ),
    ).toBeNull();
  });

  it('gives an empty condition for an unconditional rule', () => {
    expect(
      where(
        abilityWith(({ can }) => can('read', 'Agency')),
        Agency,
      ),
    ).toEqual({});
  });

  it('joins several rules with OR and keeps relation ids as foreign-key comparisons', () => {
    const ability = abilityWith(({ can }) => {
      can('read', 'Agency', { active: true });
      can('read', 'Agency', { 'country.code': { $in: ['GT', 'MX'] } });
    });
    expect(where(ability, Agency)).toEqual({
      $or: [{ country: { code: { $in: ['GT', 'MX'] } } }, { active: true }],
    });
  });

  it('bounds an allowed row by a later "cannot" with AND NOT', () => {
    const ability = abilityWith(({ can, cannot }) => {
      can('read', 'User', { 'agency.id': 'a1' });
      cannot('read', 'User', { active: false });
    });
    expect(where(ability, User)).toEqual({ $and: [{ agency: { id: 'a1' } }, { $not: { active: false } }] });
  });

  it('ignores field-only restrictions when deciding which rows are visible', () => {
    const ability = abilityWith(({ can, cannot }) => {
      can('read', 'User', { 'agency.id': 'a1' });
      cannot('read', 'User', ['email']);
    });
    expect(where(ability, User)).toEqual({ agency: { id: 'a1' } });
  });

  it.each([
    ['an operator outside the allow-list', { name: { $regex: '^A' } }],
    ['an unknown field', { secretColumn: 'x' }],
    ['a path deeper than relation.id', { 'country.names.es': 'Guatemala' }],
    ['a relation field other than its id', { 'country.timeZone': 'UTC' }],
  ])('fails closed on %s', (_case, conditions) => {
    const ability = abilityWith(({ can }) => can('read', 'Agency', conditions as never));
    expect(() => where(ability, Agency)).toThrow(UntranslatableRuleError);
  });

  describe("array columns (a referral's forward recipients)", () => {
    it('turns equality on an array into membership, "the array contains the value" (@>)', () => {
      const ability = abilityWith(({ can }) => can('read', 'Referral', { forwardedToAgencyIds: 'a1' }));
      expect(where(ability, Referral)).toEqual({ forwardedToAgencyIds: { $contains: ['a1'] } });
    });

    it('turns $all into "contains every value"', () => {
      const ability = abilityWith(({ can }) =>
        can('read', 'Referral', { forwardedToAgencyIds: { $all: ['a1', 'a2'] } }),
      );
      expect(where(ability, Referral)).toEqual({ forwardedToAgencyIds: { $contains: ['a1', 'a2'] } });
    });

    it('ORs membership with the other rules', () => {
      const ability = abilityWith(({ can }) => {
        can('read', 'Referral', { 'sendingAgency.id': 'a1' });
        can('read', 'Referral', { forwardedToAgencyIds: 'a1' });
      });
      expect(where(ability, Referral)).toEqual({
        $or: [{ forwardedToAgencyIds: { $contains: ['a1'] } }, { sendingAgency: { id: 'a1' } }],
      });
    });

    it.each([
      ['$in (overlap is not an allowed meaning)', { forwardedToAgencyIds: { $in: ['a1'] } }],
      ['$ne', { forwardedToAgencyIds: { $ne: 'a1' } }],
      ['$size', { forwardedToAgencyIds: { $size: 0 } }],
      ['$all of nothing', { forwardedToAgencyIds: { $all: [] } }],
    ])('fails closed on %s', (_case, conditions) => {
      const ability = abilityWith(({ can }) => can('read', 'Referral', conditions as never));
      expect(() => where(ability, Referral)).toThrow(UntranslatableRuleError);
    });
  });
});

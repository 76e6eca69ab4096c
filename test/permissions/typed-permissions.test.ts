import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { policies } from '../../server/src/app';
import type { FailedJobAction } from '../../server/src/modules/system/failed-job.policy';
import type { ReferralAction } from '../../server/src/modules/referrals/referral.policy';
import { buildAbility, type Action, type AppAbility, type SubjectName } from '../../server/src/platform/authz/ability';
import { assertCan } from '../../server/src/platform/authz/forbidden';
import { Role } from '../../server/src/platform/authz/roles';
import { anActor } from '../support/factories';

// The permission vocabulary is typed: each module's policy file declares its subjects and their actions
// (PermissionSubjects in platform/authz/ability.ts), and the ability only accepts those. The @ts-expect-error
// lines are the test: `pnpm typecheck` fails if a misspelt action or subject ever compiles again.

describe('the typed permission vocabulary', () => {
  it('accepts the actions and subjects the modules declare', () => {
    const officer = buildAbility(anActor({ roles: [Role.LIAISON_OFFICER] }), policies);
    const admin = buildAbility(anActor({ roles: [Role.PLATFORM_ADMIN] }), policies);
    expect(officer.can('send', 'Referral')).toBe(true);
    expect(officer.can('forward', 'Referral')).toBe(true);
    expect(officer.can('read', 'Country')).toBe(true);
    expect(admin.can('retry', 'FailedJob')).toBe(true);
    expect(admin.can('invite', 'User')).toBe(true);
    expect(admin.can('read', 'Referral')).toBe(false);
  });

  it('refuses misspelt actions and subjects at compile time', () => {
    const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    // @ts-expect-error 'sned' is no action of any module
    can('sned', 'Referral');
    // @ts-expect-error 'Referal' is no subject of any module
    can('read', 'Referal');
    const ability = build();
    // @ts-expect-error misspelt action in a check
    ability.can('aknowledge', 'Referral');
    // @ts-expect-error misspelt subject in a check
    ability.can('read', 'FailedJobs');
    // @ts-expect-error services check with declared actions only
    expect(() => assertCan(ability, 'aprove', {}, 'Referral')).toThrow();

    const step: ReferralAction = 'acknowledge';
    // @ts-expect-error a module's union names its own actions only
    const retry: ReferralAction = 'retry';
    const jobAction: FailedJobAction = 'discard';
    const action: Action = jobAction;
    const subject: SubjectName = 'ReferralPerson';
    expect([step, retry, action, subject]).toEqual(['acknowledge', 'retry', 'discard', 'ReferralPerson']);
    expect(ability.can('read', 'Referral')).toBe(false);
  });
});

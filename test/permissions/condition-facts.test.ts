import { createMongoAbility, subject as asSubject } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';
import {
  simplifyUnder,
  type ConditionFacts,
  type ConditionNode,
} from '../../server/src/platform/authz/condition-facts';

const ME = 'agency-me';
const OTHER = 'agency-other';
const inboxFacts: ConditionFacts = {
  'receivingAgency.id': { equals: ME },
  'sendingAgency.id': { differsFrom: ME },
};

/** The referral reader rules of the policy, as CASL builds them (asSender OR asReceiver). */
const readerRules = [
  { action: 'read', subject: 'Referral', conditions: { 'sendingAgency.id': ME } },
  { action: 'read', subject: 'Referral', conditions: { 'receivingAgency.id': ME, status: { $ne: 'DRAFT' } } },
];
const conditionOf = (rules: object[]) =>
  rulesToAST(createMongoAbility(rules as never), 'read', 'Referral') as unknown as ConditionNode;

describe('a permission condition simplified under what the query fixes', () => {
  it('reduces the reader rules in the inbox to "not a draft"', () => {
    expect(simplifyUnder(conditionOf(readerRules), inboxFacts)).toEqual({
      operator: 'ne',
      field: 'status',
      value: 'DRAFT',
    });
  });

  it('reduces them to no condition at all in the outbox (the sender reads all its own)', () => {
    const outbox: ConditionFacts = {
      'sendingAgency.id': { equals: ME },
      'receivingAgency.id': { differsFrom: ME },
    };
    expect(simplifyUnder(conditionOf(readerRules), outbox)).toBe(true);
  });

  it('decides every status once the status is fixed too, and nothing it cannot know', () => {
    const condition = conditionOf(readerRules);
    expect(simplifyUnder(condition, { ...inboxFacts, status: { equals: 'SENT' } })).toBe(true);
    expect(simplifyUnder(condition, { ...inboxFacts, status: { equals: 'DRAFT' } })).toBe(false);
    // Without the "differs from" fact the sender rule stays open: the agency could be on both sides.
    const onlyOwnSide = { 'receivingAgency.id': { equals: ME }, status: { equals: 'DRAFT' } };
    expect(simplifyUnder(condition, onlyOwnSide)).toEqual({ operator: 'eq', field: 'sendingAgency.id', value: ME });
  });

  it('decides a forward-recipient rule (array contains) by the "not forwarded to itself" fact', () => {
    const rules = [...readerRules, { action: 'read', subject: 'Referral', conditions: { forwardedToAgencyIds: ME } }];
    const facts: ConditionFacts = { ...inboxFacts, forwardedToAgencyIds: { differsFrom: ME } };
    expect(simplifyUnder(conditionOf(rules), { ...facts, status: { equals: 'SENT' } })).toBe(true);
    expect(simplifyUnder(conditionOf(rules), { ...facts, status: { equals: 'DRAFT' } })).toBe(false);
    // Without that fact, the array rule stays in the condition.
    expect(JSON.stringify(simplifyUnder(conditionOf(rules), inboxFacts))).toContain('forwardedToAgencyIds');
  });

  it('keeps comparisons it cannot decide, and operators it does not know, untouched', () => {
    const rules = [
      { action: 'read', subject: 'Referral', conditions: { 'receivingAgency.id': ME, urgency: { $in: ['URGENT'] } } },
      { action: 'read', subject: 'Referral', conditions: { title: { $regex: '^A' } } },
    ];
    const simplified = simplifyUnder(conditionOf(rules), inboxFacts) as ConditionNode;
    expect(simplified.operator).toBe('or');
    expect(JSON.stringify(simplified)).toContain('"urgency"');
    expect(JSON.stringify(simplified)).toContain('"regex"');
    expect(JSON.stringify(simplified)).not.toContain('receivingAgency');
  });

  it('folds "not" and inverted rules', () => {
    const rules = [
      { action: 'read', subject: 'Referral' },
      { action: 'read', subject: 'Referral', inverted: true, conditions: { 'receivingAgency.id': OTHER } },
    ];
    expect(simplifyUnder(conditionOf(rules), inboxFacts)).toBe(true);
    const refused = [
      { action: 'read', subject: 'Referral' },
      { action: 'read', subject: 'Referral', inverted: true, conditions: { 'receivingAgency.id': ME } },
    ];
    expect(simplifyUnder(conditionOf(refused), inboxFacts)).toBe(false);
  });

  it('never changes the answer for a record that satisfies the facts (checked against ability.can)', () => {
    const ability = createMongoAbility(readerRules as never);
    const condition = conditionOf(readerRules);
    for (const status of ['DRAFT', 'SENT', 'ACCEPTED', 'CLOSED']) {
      for (const sender of [OTHER, 'agency-third']) {
        const record = asSubject('Referral', {
          status,
          sendingAgency: { id: sender },
          receivingAgency: { id: ME },
        });
        const decided = simplifyUnder(condition, { ...inboxFacts, status: { equals: status } });
        expect({ status, sender, decided }).toEqual({ status, sender, decided: ability.can('read', record) });
      }
    }
  });
});

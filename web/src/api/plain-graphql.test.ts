import { addTypenameToDocument } from '@apollo/client/utilities';
import { parse, print, type DocumentNode } from 'graphql';
import { ReferralInboxDocument } from '../screens/referral-inbox/referral-inbox.generated';
import { MeDocument } from '../session/me.generated';
import { printOperation } from './plain-graphql';

/**
 * The plain requests (sign-in, the inbox's first answer) must ask exactly what Apollo Client would ask: the same
 * fields, fragments and `__typename`s, so that their answers can be written into Apollo's cache.
 */
describe('printOperation', () => {
  it.each([
    ['the inbox, with a fragment', ReferralInboxDocument],
    ['who is signed in', MeDocument],
  ])('prints %s as Apollo Client sends it', (_name, document) => {
    const printed = printOperation(document as DocumentNode);
    expect(print(parse(printed))).toBe(print(addTypenameToDocument(document as DocumentNode)));
  });
});

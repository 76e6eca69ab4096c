import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SignOutDocument } from './sign-out.generated';
import { emptyForm, emptyPerson } from '../screens/new-referral/new-referral.schema';
import { newReferralKey, writeStored } from '../screens/new-referral/referral-draft-storage';
import { renderWithApp } from '../test/render-with-app';
import { SignOutButton } from './sign-out-button';

// Border posts share computers: the typing of an unsent referral (persons' names, documents) must not be
// readable from the browser's storage once the session that typed it is over.
const NAME = 'Juan Carlos Pérez López';
const USER = 'user-pnc';

function keepTyping() {
  writeStored(newReferralKey(USER), {
    values: { ...emptyForm, title: 'Camión interceptado', persons: [{ ...emptyPerson, givenNames: NAME }] },
    createKey: 'key-1',
  });
}

/** Everything this browser keeps, in both storages, as one string to search. */
function everythingStored(): string {
  const dump = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, index) => {
      const key = storage.key(index)!;
      return `${key}=${storage.getItem(key)}`;
    }).join('\n');
  return `${dump(window.localStorage)}\n${dump(window.sessionStorage)}`;
}

describe('the unsent referral form on a shared computer', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('is kept for this browser session only, never in localStorage', () => {
    keepTyping();
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.getItem(newReferralKey(USER))).toContain(NAME);
  });

  it('is erased on sign-out, together with what an older version left in localStorage', async () => {
    await renderWithApp(<SignOutButton />, {
      mocks: [{ request: { query: SignOutDocument }, result: { data: { signOut: true } } }],
    });
    const button = await screen.findByRole('button', { name: 'Cerrar sesión' });
    keepTyping();
    window.localStorage.setItem(`enlace.referralDraft.${USER}.d1`, JSON.stringify({ values: { givenNames: NAME } }));
    window.localStorage.setItem('enlace.language', 'es');
    expect(everythingStored()).toContain(NAME);
    await userEvent.click(button);
    await waitFor(() => expect(everythingStored()).not.toContain(NAME));
    // The language of the device is not personal and stays.
    expect(window.localStorage.getItem('enlace.language')).toBe('es');
  });

  it('is erased when the session has expired (the server no longer knows the caller)', async () => {
    keepTyping();
    await renderWithApp(<p>Enlace</p>);
    await waitFor(() => expect(everythingStored()).not.toContain(NAME));
  });
});

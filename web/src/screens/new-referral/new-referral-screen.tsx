import { useAbility } from '@casl/react';
import { Alert, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../app/refusal';
import type { EnlaceAbility } from '../../session/ability';
import { useSession } from '../../session/session';
import { emptyForm } from './new-referral.schema';
import { newReferralKey } from './referral-draft-storage';
import { ReferralForm } from './referral-form';

const START = { values: emptyForm };

/**
 * A new referral, written on this device until it is saved as a draft or sent. Someone whose rules do not let
 * them create one (case workers, secretariats, administrators) is told so before typing a word, not on send.
 */
export function NewReferralScreen() {
  const { t } = useTranslation();
  const { user } = useSession();
  const ability = useAbility<EnlaceAbility>();
  if (!user) return <Alert severity="info">{t('referrals.new.notSignedIn')}</Alert>;
  if (!ability.can('create', 'Referral'))
    return (
      <Stack spacing={2.5} sx={{ maxWidth: 900 }}>
        <Typography variant="h1">{t('nav.newReferral')}</Typography>
        <Refusal reason={t('referrals.new.forbidden')} />
      </Stack>
    );
  return (
    <ReferralForm
      userId={user.id}
      agencyId={user.agency.id}
      storageKey={newReferralKey(user.id)}
      start={START}
      title={t('nav.newReferral')}
      intro={t('referrals.new.intro')}
    />
  );
}

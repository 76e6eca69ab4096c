import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session';
import { emptyForm } from './new-referral.schema';
import { newReferralKey } from './referral-draft-storage';
import { ReferralForm } from './referral-form';

const START = { values: emptyForm };

/** A new referral, written on this device until it is saved as a draft or sent. */
export function NewReferralScreen() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return <Alert severity="info">{t('referrals.new.notSignedIn')}</Alert>;
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

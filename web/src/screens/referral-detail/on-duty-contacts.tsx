import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Section } from '../../forms/section';
import { AgencyOnDutyDocument } from '../coordination-work/roster.generated';
import { DutyContactCard } from '../coordination-common/duty-contact-card';

/**
 * On an IMMEDIATE referral: the receiving agency's desks from the mechanism's 24/7 roster, those on duty now
 * first (the server decides, in each desk's time zone). Nothing is shown to someone who may not read the roster.
 */
export function OnDutyContacts({
  mechanismId,
  agency,
}: {
  mechanismId: string;
  agency: { id: string; acronym: string };
}) {
  const { t } = useTranslation();
  const { data } = useQuery(AgencyOnDutyDocument, {
    variables: { mechanismId, agencyId: agency.id },
    context: { handlesErrors: true },
  });
  if (!data) return null;
  const contacts = data.dutyRoster;
  const onDuty = contacts.filter((contact) => contact.onDutyNow);
  const shown = onDuty.length > 0 ? onDuty : contacts;
  return (
    <Section title={t('coordinationWork.roster.referralTitle', { agency: agency.acronym })}>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        {t('coordinationWork.roster.referralHint')}
      </Typography>
      {contacts.length === 0 ? (
        <Alert severity="info">{t('coordinationWork.roster.referralNoRoster', { agency: agency.acronym })}</Alert>
      ) : (
        <>
          {onDuty.length === 0 && (
            <Alert severity="warning" sx={{ mb: 1.5 }}>
              {t('coordinationWork.roster.referralNone', { agency: agency.acronym })}
            </Alert>
          )}
          <Stack component="ul" spacing={1.5} sx={{ p: 0, m: 0 }}>
            {shown.map((contact) => (
              <DutyContactCard key={contact.id} contact={contact} />
            ))}
          </Stack>
        </>
      )}
    </Section>
  );
}

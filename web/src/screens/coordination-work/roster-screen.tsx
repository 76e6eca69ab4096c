import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Section } from '../../forms/section';
import { type DutyRosterQuery } from '../../gql/graphql';
import { DeleteDutyContactDocument, DutyRosterDocument } from './roster.generated';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound, localName } from '../referral-inbox/referral-common';
import { DutyContactCard } from '../coordination-common/duty-contact-card';
import { ID_PATTERN, mechanismPath } from '../coordination-common/meeting-terms';
import { DutyContactForm } from './duty-contact-form';

type Contact = DutyRosterQuery['dutyRoster'][number];

/** A mechanism's 24/7 contact roster: who is on duty now, and every desk's hours and channels. */
export function RosterScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <Roster mechanismId={id} />;
}

function Roster({ mechanismId }: { mechanismId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(DutyRosterDocument, {
    variables: { mechanismId },
    context: { handlesErrors: true },
    pollInterval: 5 * 60_000, // "on duty now" changes with the clock
  });
  const [remove] = useMutation(DeleteDutyContactDocument, { context: { handlesErrors: true } });
  const [editing, setEditing] = useState<string | null>(null);
  if (isNotFound(error) || (data && !data.mechanism)) return <NotFoundScreen />;
  const mechanism = data?.mechanism;
  // Offered to the admins of member agencies; the server decides again.
  const isMemberAdmin =
    !!user?.roles.includes('AGENCY_ADMIN') &&
    !!mechanism &&
    (mechanism.secretariatAgency.id === user.agency.id ||
      mechanism.memberAgencies.some((agency) => agency.id === user.agency.id));
  const contacts = data?.dutyRoster ?? [];
  const onDuty = contacts.filter((contact) => contact.onDutyNow);
  const offDuty = contacts.filter((contact) => !contact.onDutyNow);
  const list = (items: Contact[], empty: string) =>
    items.length === 0 ? (
      <Typography color="text.secondary">{empty}</Typography>
    ) : (
      <Stack component="ul" spacing={1.5} sx={{ p: 0, m: 0 }}>
        {items.map((contact) => (
          <DutyContactCard
            key={contact.id}
            contact={contact}
            actions={
              contact.canUpdate &&
              (editing === contact.id && mechanism ? (
                <DutyContactForm
                  mechanismId={mechanismId}
                  crossingPoints={mechanism.crossingPoints}
                  contact={contact}
                  onDone={() => {
                    setEditing(null);
                    void refetch();
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                  <Button size="small" variant="outlined" onClick={() => setEditing(contact.id)}>
                    {t('coordinationWork.roster.edit', { desk: contact.deskName })}
                  </Button>
                  <Button
                    size="small"
                    color="error"
                    onClick={() => void remove({ variables: { id: contact.id } }).then(() => refetch())}
                  >
                    {t('coordinationWork.roster.remove', { desk: contact.deskName })}
                  </Button>
                </Stack>
              ))
            }
          />
        ))}
      </Stack>
    );
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Box>
        <Button component={Link} to={mechanismPath(mechanismId)} startIcon={<ArrowBackIcon />} size="small">
          {t('coordinationWork.library.back')}
        </Button>
      </Box>
      <Box component="header">
        <Typography variant="h1">{t('coordinationWork.roster.title')}</Typography>
        {mechanism && <Typography color="text.secondary">{localName(mechanism.names, language)}</Typography>}
      </Box>
      {loading && !data && <LinearProgress aria-label={t('coordinationWork.loading')} />}
      {error && !isNotFound(error) && <Alert severity="error">{t('coordinationWork.error')}</Alert>}
      {data && (
        <>
          <Section title={t('coordinationWork.roster.onDutyNow', { count: onDuty.length })}>
            {list(onDuty, t('coordinationWork.roster.noneOnDuty'))}
          </Section>
          <Section title={t('coordinationWork.roster.offDutyNow', { count: offDuty.length })}>
            {list(offDuty, t('coordinationWork.roster.empty'))}
          </Section>
        </>
      )}
      {isMemberAdmin && mechanism && (
        <DutyContactForm
          mechanismId={mechanismId}
          crossingPoints={mechanism.crossingPoints}
          onDone={() => void refetch()}
        />
      )}
    </Stack>
  );
}

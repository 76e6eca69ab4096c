import { useQuery } from '@apollo/client/react';
import { Alert, Card, CardActionArea, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language';
import { Section } from '../../forms/section';
import { useSession } from '../../session/session';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { ActionList } from '../coordination-common/action-list';
import { ActionsOwedDocument, CoordinationMechanismsDocument } from '../coordination-common/coordination.operations';
import { mechanismPath } from '../coordination-common/meeting-terms';
import { localName } from '../referral-inbox/referral-common';

/** The mechanisms of the user's agency: each opens its page of meetings. */
export function CoordinationHomeScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { user } = useSession();
  const { data, loading, error } = useQuery(CoordinationMechanismsDocument, { context: { handlesErrors: true } });
  const owed = useQuery(ActionsOwedDocument, { context: { handlesErrors: true } });
  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      <Typography variant="h1">{t('coordination.home.title')}</Typography>
      <Typography color="text.secondary">{t('coordination.home.intro')}</Typography>
      {loading && <LinearProgress aria-label={t('coordination.loading')} />}
      {error && <Alert severity="error">{translateCoordinationError(error, t).message}</Alert>}
      {data && data.mechanisms.length === 0 && <Typography>{t('coordination.home.none')}</Typography>}
      {data?.mechanisms.map((mechanism) => (
        <Card key={mechanism.id} variant="outlined">
          <CardActionArea component={Link} to={mechanismPath(mechanism.id)}>
            <CardContent>
              <Typography variant="h2" component="h2">
                {localName(mechanism.names, language)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('coordination.home.secretariat', { agency: mechanism.secretariatAgency.acronym })}
                {mechanism.secretariatAgency.id === user?.agency.id && ` · ${t('coordination.home.yourSecretariat')}`}
              </Typography>
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
      {owed.data && (
        <Section title={t('coordination.home.owed')}>
          <ActionList actions={owed.data.actionsOwed} emptyText={t('coordination.home.owedEmpty')} showMeeting />
        </Section>
      )}
    </Stack>
  );
}

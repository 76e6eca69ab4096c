import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { browserDayOf } from '../../dates/day-bounds';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound } from '../referral-inbox/referral-common';
import { ID_PATTERN } from '../coordination-common/meeting-terms';
import { translateBulletinError } from './bulletin-errors';
import { BulletinForm, type BulletinDraftValues } from './bulletin-form';
import type { BulletinPageFragment } from '../../gql/graphql';
import { BulletinDocument, BulletinMechanismsDocument, UpdateBulletinDocument } from './bulletins.generated';

/** A draft changed by whoever may change it (its agency's liaison officer, the secretariat) before it is published. */
export function EditBulletinScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <EditBulletin id={id} />;
}

function draftValuesOf(bulletin: BulletinPageFragment): BulletinDraftValues {
  return {
    kind: bulletin.kind,
    crossingPointId: bulletin.crossingPoint?.id ?? '',
    handlingCode: bulletin.handlingCode,
    namedAgencyIds: bulletin.namedAgencies.map((agency) => agency.id),
    // The day it stops being valid, in the browser's days: the form sends 23:59 of that day back.
    validUntil: browserDayOf(new Date(bulletin.validUntil as string)),
    texts: bulletin.texts,
  };
}

function EditBulletin({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const found = useQuery(BulletinDocument, { variables: { id }, context: { handlesErrors: true } });
  const mechanisms = useQuery(BulletinMechanismsDocument, { context: { handlesErrors: true } });
  const [update, saved] = useMutation(UpdateBulletinDocument, { context: { handlesErrors: true } });
  if (isNotFound(found.error)) return <NotFoundScreen />;
  const bulletin = found.data?.bulletin;
  const mechanism = mechanisms.data?.mechanisms.filter((m) => m.id === bulletin?.mechanism.id) ?? [];
  const back = bulletin ? `/bulletins/${bulletin.id}` : '/bulletins';
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 900 }}>
      <Box>
        <Button component={Link} to={back} startIcon={<ArrowBackIcon />} size="small">
          {t('checks.bulletins.backToBulletin')}
        </Button>
      </Box>
      <header>
        <Typography variant="h1">{t('checks.bulletins.editTitle')}</Typography>
        <Typography color="text.secondary">{t('checks.bulletins.noPersonData')}</Typography>
      </header>
      {(found.loading || mechanisms.loading) && <LinearProgress aria-label={t('checks.loading')} />}
      {found.error && <Alert severity="error">{translateBulletinError(found.error, t).message}</Alert>}
      {bulletin && !bulletin.canUpdate && <Alert severity="info">{t('checks.bulletins.cannotEdit')}</Alert>}
      {bulletin?.canUpdate && mechanism.length > 0 && (
        <BulletinForm
          mechanisms={mechanism}
          initial={draftValuesOf(bulletin)}
          submitLabel={t('checks.bulletins.saveChanges')}
          saving={saved.loading}
          error={saved.error}
          onSubmit={(_mechanismId, input) =>
            void update({ variables: { id: bulletin.id, input } })
              .then((result) => {
                if (result.data) void navigate(`/bulletins/${bulletin.id}`);
              })
              .catch(() => null)
          }
        />
      )}
    </Stack>
  );
}

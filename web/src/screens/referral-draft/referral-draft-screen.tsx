import { subject, type AnyMongoAbility } from '@casl/ability';
import { useAbility } from '@casl/react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, LinearProgress, Stack } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { type ReferralDraftQuery } from '../../gql/graphql';
import { ReferralDraftDocument } from './referral-draft.generated';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import type { NewReferralForm } from '../new-referral/new-referral.schema';
import { draftEditKey } from '../new-referral/referral-draft-storage';
import { ReferralForm } from '../new-referral/referral-form';
import { isNotFound, translateReferralError } from '../referral-inbox/referral-common';

const context: EnlaceOperationContext = { handlesErrors: true };
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Draft = ReferralDraftQuery['referral'];

/** The server's draft as the form's values (the form holds text; empty means "not given"). */
export function draftToForm(draft: Draft): NewReferralForm {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    mechanismId: draft.mechanism.id,
    receivingAgencyId: draft.receivingAgency.id,
    category: draft.category,
    urgency: draft.urgency,
    title: draft.title,
    narrative: draft.narrative,
    incidentDate: typeof draft.incidentDate === 'string' ? draft.incidentDate : '',
    crossingPointId: draft.crossingPoint?.id ?? '',
    placeDescription: text(draft.placeDescription),
    latitude: typeof draft.latitude === 'number' ? String(draft.latitude) : '',
    longitude: typeof draft.longitude === 'number' ? String(draft.longitude) : '',
    handlingCode: draft.handlingCode,
    sourceReliability: draft.sourceReliability,
    informationAccuracy: String(draft.informationAccuracy) as NewReferralForm['informationAccuracy'],
    persons: draft.persons.map((person) => ({
      role: person.role,
      givenNames: text(person.givenNames),
      familyNames: text(person.familyNames),
      aliases: (person.aliases ?? []).join(', '),
      sex: person.sex ?? '',
      dateOfBirth: typeof person.dateOfBirth === 'string' ? person.dateOfBirth : '',
      nationality: text(person.nationality),
      estimatedAge:
        person.estimatedAge === null || person.estimatedAge === undefined ? '' : String(person.estimatedAge),
      identityDocuments: (person.identityDocuments ?? []).map((document) => ({
        kind: document.kind,
        number: document.number,
        issuingCountry: text(document.issuingCountry),
      })),
      phones: (person.phones ?? []).map((number) => ({ number })),
      vehicles: (person.vehicles ?? []).map((vehicle) => ({
        plate: text(vehicle.plate),
        description: text(vehicle.description),
      })),
    })),
  };
}

/** `/referrals/:id/edit`: a DRAFT saved on the server, opened from the outbox, edited and sent. */
export function ReferralDraftScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <DraftLoader id={id} />;
}

function DraftLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const ability = useAbility<AnyMongoAbility>();
  const { data, loading, error, refetch } = useQuery(ReferralDraftDocument, {
    variables: { id },
    context,
    fetchPolicy: 'network-only',
  });
  const start = useMemo(() => (data ? { values: draftToForm(data.referral), draftId: id } : null), [data, id]);
  if (isNotFound(error)) return <NotFoundScreen />;
  // The session (and with it the user's rules) may still be on its way: wait for both before judging.
  if ((loading && !data) || (data && !user)) return <LinearProgress aria-label={t('referrals.detail.loading')} />;
  if (!data || !start || !user) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t('referrals.retry')}
          </Button>
        }
      >
        {translateReferralError(error, t)}
      </Alert>
    );
  }
  const draft = data.referral;
  const mayEdit = ability.can(
    'update',
    subject('Referral', { ...draft, sendingAgency: { id: draft.sendingAgency.id } }),
  );
  if (draft.status !== 'DRAFT' || !mayEdit) {
    return (
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <Alert severity="info">{t(draft.status !== 'DRAFT' ? 'referrals.edit.notDraft' : 'error.forbidden')}</Alert>
        <Button component={Link} to={`/referrals/${id}`} sx={{ alignSelf: 'flex-start' }}>
          {t(draft.status !== 'DRAFT' ? 'referrals.edit.openReferral' : 'referrals.edit.open')}
        </Button>
      </Stack>
    );
  }
  return (
    <ReferralForm
      userId={user.id}
      agencyId={user.agency.id}
      storageKey={draftEditKey(user.id, id)}
      start={start}
      title={t('referrals.edit.title')}
      intro={t('referrals.edit.intro')}
    />
  );
}

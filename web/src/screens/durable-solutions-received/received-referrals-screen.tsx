import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ApiErrorMessage } from '../../api/translate-api-error';
import type { ReceivedSolutionReferralsQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../referral-inbox/referral-common';
import {
  ReceivedSolutionReferralsDocument,
  RespondToSolutionReferralDocument,
} from '../durable-solutions-common/durable-solutions.operations';
import { fieldLabelKey, translateDurableError } from '../durable-solutions-common/durable-solutions-terms';

const context: EnlaceOperationContext = { handlesErrors: true };
type Received = ReceivedSolutionReferralsQuery['incomingSolutionReferrals'][number];

/**
 * The receiving organisation's box of solution referrals: who sends whom through which mechanism, the return
 * risk and best-interests record, only the fields shared (while consent covers them), the criteria it would
 * co-own; accept or decline; once accepted, the plan it now co-owns.
 */
export function ReceivedSolutionReferralsScreen() {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'SolutionReferral');
  const { data, loading, error } = useQuery(ReceivedSolutionReferralsDocument, {
    context,
    skip: !allowed,
    fetchPolicy: 'network-only',
  });
  const referrals = data?.incomingSolutionReferrals ?? [];
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Typography variant="h1">{t('durableSolutions.received.title')}</Typography>
      {!allowed && <Alert severity="warning">{t('durableSolutions.forbidden')}</Alert>}
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateDurableError(error, t).message}</Alert>}
      {data && referrals.length === 0 && (
        <Typography color="text.secondary">{t('durableSolutions.received.empty')}</Typography>
      )}
      <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {referrals.map((referral) => (
          <ReceivedReferral key={referral.id} referral={referral} />
        ))}
      </Stack>
    </Stack>
  );
}

function ReceivedReferral({ referral }: { referral: Received }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const headingId = `received-${referral.id}`;
  return (
    <Box component="li" aria-labelledby={headingId} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography id={headingId} component="h2" variant="h6" sx={{ flexGrow: 1, fontFamily: 'monospace' }}>
            {referral.survivorCode}
          </Typography>
          <Chip size="small" label={t(`durableSolutions.referralStatus.${referral.status}`)} color="primary" />
          <Chip size="small" variant="outlined" label={t(`durableSolutions.destination.${referral.destination}`)} />
        </Stack>
        <Typography>
          {t('durableSolutions.received.from', {
            agency: referral.holdingAgency.name,
            mechanism: localName(referral.mechanism.names, language),
          })}
          {' · '}
          {t('durableSolutions.referral.sentOn', { date: referral.sentAt.slice(0, 10) })}
        </Typography>
        <Typography variant="body2">
          {t('durableSolutions.received.purposes', {
            list: referral.purposes.map((value) => t(`protection.service.${value}`)).join(', '),
          })}
        </Typography>
        {referral.returnRisk && (
          <Typography variant="body2">
            {`${t('durableSolutions.referral.risk')}: ${t(`durableSolutions.risk.${referral.returnRisk}`)}`}
            {referral.riskDetails && ` — ${referral.riskDetails}`}
          </Typography>
        )}
        {referral.bestInterestsAssessedOn && (
          <Typography variant="body2">
            {t('durableSolutions.referral.bestInterestsLine', {
              bia: referral.bestInterestsAssessedOn,
              reference: referral.bestInterestsReference,
              guardian: referral.guardian,
            })}
          </Typography>
        )}
        <Typography component="h3" variant="subtitle1">
          {t('durableSolutions.received.coOwn')}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {referral.entrustedCriteria.map((value) => (
            <Chip key={value} size="small" variant="outlined" label={t(`durableSolutions.criterion.${value}`)} />
          ))}
        </Stack>
        <SharedData referral={referral} />
        {referral.myActions.includes('respond') && <Respond referral={referral} />}
        {(referral.status === 'ACCEPTED' || referral.status === 'HANDED_OVER') && (
          <Link component={RouterLink} to={`/durable-solutions/survivors/${referral.survivorId}`}>
            {t('durableSolutions.received.openPlan')}
          </Link>
        )}
      </Stack>
    </Box>
  );
}

/** Only the fields the sender chose, while consent covers them (the server returns nothing otherwise). */
function SharedData({ referral }: { referral: Received }) {
  const { t } = useTranslation();
  if (referral.accessCut) return <Alert severity="info">{t('durableSolutions.received.accessCut')}</Alert>;
  const survivor = referral.sharedSurvivor as Record<string, unknown> | null | undefined;
  if (!survivor) return null;
  const show = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(show).join('; ');
    if (value && typeof value === 'object')
      return Object.entries(value)
        .filter(([key, part]) => key !== '__typename' && part)
        .map(([, part]) => String(part))
        .join(', ');
    return String(value);
  };
  const rows = referral.sharedFields.filter((field) => survivor[field] != null && survivor[field] !== '');
  return (
    <>
      <Typography component="h3" variant="subtitle1">
        {t('durableSolutions.received.shared')}
      </Typography>
      <Table size="small" aria-label={t('durableSolutions.received.shared')}>
        <TableBody>
          {rows.map((field) => (
            <TableRow key={field}>
              <TableCell component="th" scope="row" sx={{ width: '35%' }}>
                {t(fieldLabelKey(field))}
              </TableCell>
              <TableCell>{show(survivor[field])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function Respond({ referral }: { referral: Received }) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<ApiErrorMessage | null>(null);
  const [respond, { loading }] = useMutation(RespondToSolutionReferralDocument, {
    context,
    refetchQueries: [ReceivedSolutionReferralsDocument],
    awaitRefetchQueries: true,
  });
  const answer = async (accept: boolean) => {
    setProblems(null);
    try {
      await respond({ variables: { input: { referralId: referral.id, accept, reason: accept ? null : reason } } });
    } catch (failure) {
      setProblems(translateDurableError(failure, t));
    }
  };
  return (
    <Stack spacing={1.5}>
      {declining && (
        <TextField
          label={t('durableSolutions.received.declineReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          multiline
          minRows={2}
          required
          error={!!problems?.fields['input.reason']}
          helperText={problems?.fields['input.reason']}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
      )}
      {problems && !problems.fields['input.reason'] && <Alert severity="error">{problems.message}</Alert>}
      <Stack direction="row" spacing={1}>
        {!declining && (
          <Button variant="contained" disabled={loading} onClick={() => void answer(true)}>
            {t('durableSolutions.received.accept')}
          </Button>
        )}
        <Button color="error" disabled={loading} onClick={() => (declining ? void answer(false) : setDeclining(true))}>
          {t('durableSolutions.received.decline')}
        </Button>
      </Stack>
    </Stack>
  );
}

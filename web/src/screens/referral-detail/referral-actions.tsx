import { subject, type AnyMongoAbility } from '@casl/ability';
import { useAbility } from '@casl/react';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { showNotice } from '../../api/notices';
import { type ReferralDetailFieldsFragment, type ReferralAction, type ReferralOutcome } from '../../gql/graphql';
import {
  AcceptReferralDocument,
  AcknowledgeReferralDocument,
  CloseReferralDocument,
  DeclineReferralDocument,
  SendReferralDocument,
  StartReferralDocument,
  WithdrawReferralDocument,
} from './referral-detail.generated';
import { newIdempotencyKey, translateReferralError } from '../referral-inbox/referral-common';
import { context } from './detail-parts';

type Action = Lowercase<ReferralAction>;
const OUTCOMES: ReferralOutcome[] = [
  'ARRESTS_MADE',
  'VICTIMS_ASSISTED',
  'MIGRANTS_RESCUED',
  'INFORMATION_PROVIDED',
  'INVESTIGATION_OPENED',
  'NO_FURTHER_ACTION',
];

export function ReferralActions({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  const [dialog, setDialog] = useState<'decline' | 'withdraw' | 'close' | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const options = { context };
  const [send] = useMutation(SendReferralDocument, options);
  const [acknowledge] = useMutation(AcknowledgeReferralDocument, options);
  const [accept] = useMutation(AcceptReferralDocument, options);
  const [decline] = useMutation(DeclineReferralDocument, options);
  const [start] = useMutation(StartReferralDocument, options);
  const [close] = useMutation(CloseReferralDocument, options);
  const [withdraw] = useMutation(WithdrawReferralDocument, options);

  const caslSubject = subject('Referral', {
    ...referral,
    sendingAgency: { id: referral.sendingAgency.id },
    receivingAgency: { id: referral.receivingAgency.id },
  });
  // The steps the server would take now, from its lifecycle table and the caller's rules (availableActions).
  const allowed = referral.availableActions.map((action) => action.toLowerCase() as Action);
  const mayEditDraft = referral.status === 'DRAFT' && ability.can('update', caslSubject);

  const run = async (action: Action) => {
    setBusy(true);
    setError(undefined);
    const base = { id: referral.id, idempotencyKey: newIdempotencyKey() };
    try {
      if (action === 'send') await send({ variables: base });
      if (action === 'acknowledge') await acknowledge({ variables: base });
      if (action === 'accept') await accept({ variables: base });
      if (action === 'start') await start({ variables: base });
      if (action === 'decline') await decline({ variables: { ...base, reason: reason.trim() } });
      if (action === 'withdraw') await withdraw({ variables: { ...base, reason: reason.trim() } });
      if (action === 'close' && outcome) await close({ variables: { ...base, outcome } });
      setDialog(null);
      setReason('');
      setOutcome('');
      showNotice(t(`referrals.actionDone.${action}`), 'success');
    } catch (caught) {
      setError(translateReferralError(caught, t));
    } finally {
      setBusy(false);
    }
  };
  const onClick = (action: Action) => {
    if (action === 'decline' || action === 'withdraw' || action === 'close') {
      setError(undefined);
      setDialog(action);
    } else void run(action);
  };
  const dialogReady = dialog === 'close' ? outcome !== '' : reason.trim() !== '';

  return (
    <Card variant="outlined" component="section" aria-label={t('referrals.detail.actions')}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('referrals.detail.actions')}
        </Typography>
        {allowed.length === 0 && !mayEditDraft ? (
          <Typography color="text.secondary">{t('referrals.detail.noActions')}</Typography>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {mayEditDraft && (
              <Button component={Link} to={`/referrals/${referral.id}/edit`} variant="outlined">
                {t('referrals.edit.edit')}
              </Button>
            )}
            {allowed.map((action) => (
              <Button
                key={action}
                variant={action === 'decline' || action === 'withdraw' ? 'outlined' : 'contained'}
                color={action === 'decline' || action === 'withdraw' ? 'error' : 'primary'}
                disabled={busy}
                onClick={() => onClick(action)}
              >
                {t(`referrals.action.${action}`)}
              </Button>
            ))}
          </Stack>
        )}
        {error && !dialog && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </CardContent>
      <Dialog open={dialog !== null} onClose={() => setDialog(null)} fullWidth maxWidth="sm">
        {dialog && (
          <Box
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (dialogReady) void run(dialog);
            }}
          >
            <DialogTitle>{t(`referrals.action.${dialog}`)}</DialogTitle>
            <DialogContent>
              {dialog === 'close' ? (
                <TextField
                  select
                  fullWidth
                  required
                  margin="dense"
                  label={t('referrals.fields.outcome')}
                  value={outcome}
                  onChange={(event) => setOutcome(event.target.value as ReferralOutcome)}
                >
                  {OUTCOMES.map((which) => (
                    <MenuItem key={which} value={which}>
                      {t(`referrals.outcome.${which}`)}
                    </MenuItem>
                  ))}
                </TextField>
              ) : (
                <TextField
                  autoFocus
                  fullWidth
                  required
                  multiline
                  minRows={3}
                  margin="dense"
                  label={t('referrals.fields.reason')}
                  helperText={t('referrals.validation.reason')}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
              )}
              {error && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {error}
                </Alert>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setDialog(null)}>{t('referrals.detail.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={busy || !dialogReady}>
                {t('referrals.detail.confirm')}
              </Button>
            </DialogActions>
          </Box>
        )}
      </Dialog>
    </Card>
  );
}

import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showNotice } from '../../api/notices';
import { type ReferralDetailFieldsFragment, type ReferralForwardFieldsFragment } from '../../gql/graphql';
import { ForwardReferralDocument, RefuseReferralForwardDocument } from './referral-forwards.generated';
import { useLanguage } from '../../i18n/use-language';
import { localName, translateReferralError } from '../referral-inbox/referral-common';
import { context } from './detail-parts';
import type { Agencies } from './referral-forwards';

interface ForwardDialogProps {
  open: boolean;
  referral: ReferralDetailFieldsFragment;
  /** The agencies the handling code allows (the server checks again). */
  candidates: Agencies;
  onClose: () => void;
  onDone: () => void;
}

/** Choose the third agency and say why; under H3 this only asks the sending agency. */
export function ForwardDialog({ open, referral, candidates, onClose, onDone }: ForwardDialogProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [forward, { loading }] = useMutation(ForwardReferralDocument, { context });
  const [recipientAgencyId, setRecipient] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const needsApproval = referral.handlingCode === 'H3';

  const submit = async () => {
    setError(undefined);
    try {
      await forward({
        variables: { input: { referralId: referral.id, recipientAgencyId, comment: comment.trim() || null } },
      });
      showNotice(t(needsApproval ? 'referrals.forwards.requested' : 'referrals.forwards.forwarded'), 'success');
      setRecipient('');
      setComment('');
      onClose();
      onDone();
    } catch (caught) {
      setError(translateReferralError(caught, t));
    }
  };

  return (
    <FormDialog
      open={open}
      title={t(needsApproval ? 'referrals.forwards.request' : 'referrals.forwards.forward')}
      ready={recipientAgencyId !== '' && !loading}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {needsApproval && <Alert severity="info">{t('referrals.forwards.needsApproval')}</Alert>}
      <TextField
        select
        fullWidth
        required
        margin="dense"
        label={t('referrals.forwards.recipient')}
        value={recipientAgencyId}
        onChange={(event) => setRecipient(event.target.value)}
        helperText={candidates.length === 0 ? t('referrals.forwards.noCandidates') : undefined}
      >
        {candidates.map((agency) => (
          <MenuItem key={agency.id} value={agency.id}>
            {`${agency.acronym} · ${agency.name} (${localName(agency.country.names, language)})`}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        fullWidth
        multiline
        minRows={2}
        margin="dense"
        label={t('referrals.forwards.comment')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
    </FormDialog>
  );
}

interface RefuseDialogProps {
  forward: ReferralForwardFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
}

/** The sending agency says no to an H3 request, with a reason the other side reads. */
export function RefuseForwardDialog({ forward, onClose, onDone }: RefuseDialogProps) {
  const { t } = useTranslation();
  const [refuse, { loading }] = useMutation(RefuseReferralForwardDocument, { context });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = async () => {
    if (!forward) return;
    setError(undefined);
    try {
      await refuse({ variables: { forwardId: forward.id, reason: reason.trim() } });
      showNotice(t('referrals.forwards.refused'), 'success');
      setReason('');
      onClose();
      onDone();
    } catch (caught) {
      setError(translateReferralError(caught, t));
    }
  };
  return (
    <FormDialog
      open={forward !== null}
      title={t('referrals.forwards.refuse')}
      ready={reason.trim() !== '' && !loading}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
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
    </FormDialog>
  );
}

interface FormDialogProps {
  open: boolean;
  title: string;
  ready: boolean;
  error?: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
}

function FormDialog({ open, title, ready, error, onClose, onSubmit, children }: FormDialogProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onSubmit();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {children}
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('referrals.detail.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!ready}>
            {t('referrals.detail.confirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { showNotice } from '../../api/notices';
import { type ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { translateReferralError } from '../referral-inbox/referral-common';
import { context } from './detail-parts';
import { AssignReferralDocument, ReferralAssigneesDocument } from './referral-assignment.generated';

const ASSIGNABLE = ['SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS'];

/**
 * Who in the receiving agency is in charge. Its liaison officers choose among themselves (the server lists them
 * only to those who may assign); the sending agency sees that someone is, not who.
 */
export function ReferralAssignment({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const receiving = user?.agency.id === referral.receivingAgency.id;
  const { data } = useQuery(ReferralAssigneesDocument, {
    variables: { referralId: referral.id },
    context,
    skip: !receiving || !ASSIGNABLE.includes(referral.status),
  });
  const [assign, { loading }] = useMutation(AssignReferralDocument, { context });
  const officers = data?.referralAssignees ?? [];
  const label = t('referrals.assignment.inCharge');

  if (officers.length === 0) {
    const shown = referral.assignedTo?.name ?? (referral.assigned ? t('referrals.assignment.someone') : null);
    return (
      <Typography>
        <strong>{label}:</strong> {shown ?? t('referrals.assignment.nobody')}
      </Typography>
    );
  }
  const change = async (assigneeId: string) => {
    try {
      await assign({ variables: { id: referral.id, assigneeId: assigneeId || null } });
      showNotice(t('referrals.assignment.saved'), 'success');
    } catch (error) {
      showNotice(translateReferralError(error, t), 'error');
    }
  };
  return (
    <TextField
      select
      size="small"
      label={label}
      value={referral.assignedTo?.id ?? ''}
      disabled={loading}
      onChange={(event) => void change(event.target.value)}
      sx={{ width: { xs: '100%', sm: 320 } }}
    >
      <MenuItem value="">{t('referrals.assignment.nobody')}</MenuItem>
      {officers.map((officer) => (
        <MenuItem key={officer.id} value={officer.id}>
          {officer.id === user?.id ? t('referrals.assignment.me', { name: officer.name }) : officer.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

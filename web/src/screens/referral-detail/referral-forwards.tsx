import { subject, type AnyMongoAbility } from '@casl/ability';
import { useAbility } from '@casl/react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Chip, Stack, Typography, type ChipProps } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import {
  type ReferralDetailFieldsFragment,
  type ReferralForwardFieldsFragment,
  type ReferralForwardStatus,
  type ReferralForwardsQuery,
  type ReferralStatus,
} from '../../gql/graphql';
import { ApproveReferralForwardDocument, ReferralForwardsDocument } from './referral-forwards.generated';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { localName, translateReferralError } from '../referral-inbox/referral-common';
import { useReferralEvents } from '../referral-inbox/use-referral-events';
import { context, Section } from './detail-parts';
import { ForwardDialog, RefuseForwardDialog } from './forward-dialogs';

/** When the receiving agency may pass a referral on (server/src/modules/referrals/forwarding/forwarding.policy.ts). */
const FORWARDABLE: ReferralStatus[] = ['ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS'];
// MUI's warning orange fails contrast on white (axe): the same dark amber as the URGENT chip instead.
const FORWARD_STYLE: Record<ReferralForwardStatus, { color: ChipProps['color']; sx?: ChipProps['sx'] }> = {
  REQUESTED: { color: 'default', sx: { color: '#9a4a00', borderColor: '#9a4a00' } },
  ACTIVE: { color: 'success' },
  REFUSED: { color: 'default' },
};

export type Agencies = ReferralForwardsQuery['agencies'];

/**
 * Passing the referral to a third agency, as its handling code allows: H1 never, H2 at once to a competent
 * agency of the receiving country, H3 as a request the sending agency approves or refuses. CASL says which
 * side may act; the server checks the handling code and the recipient again.
 */
export function ReferralForwards({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  const { data, error, refetch } = useQuery(ReferralForwardsDocument, {
    variables: { referralId: referral.id },
    context,
  });
  useReferralEvents((referralId) => {
    if (referralId === null || referralId === referral.id) void refetch();
  });
  const [dialog, setDialog] = useState<'forward' | ReferralForwardFieldsFragment | null>(null);
  const caslSubject = subject('Referral', {
    ...referral,
    sendingAgency: { id: referral.sendingAgency.id },
    receivingAgency: { id: referral.receivingAgency.id },
  });
  const mayForward = ability.can('forward', caslSubject);
  const mayDecide = ability.can('decideForward', caslSubject);
  const forwards = data?.referralForwards ?? [];
  if (!mayForward && !mayDecide && forwards.length === 0) return null;

  const canForwardNow = mayForward && referral.handlingCode !== 'H1' && FORWARDABLE.includes(referral.status);
  const candidates = (data?.agencies ?? []).filter(
    (agency) =>
      agency.active &&
      agency.id !== referral.sendingAgency.id &&
      agency.id !== referral.receivingAgency.id &&
      (referral.handlingCode !== 'H2' || agency.country.id === referral.receivingAgency.country.id),
  );

  return (
    <Section title={t('referrals.forwards.title')}>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t(`referrals.forwards.rule.${referral.handlingCode}`)}
      </Typography>
      {error && !data && <Alert severity="warning">{translateReferralError(error, t)}</Alert>}
      {data && forwards.length === 0 && <Typography color="text.secondary">{t('referrals.forwards.none')}</Typography>}
      {forwards.length > 0 && (
        <Box component="ul" aria-label={t('referrals.forwards.title')} sx={{ m: 0, pl: 0, listStyle: 'none' }}>
          {forwards.map((forward) => (
            <ForwardItem
              key={forward.id}
              forward={forward}
              agencies={data?.agencies ?? []}
              mayDecide={mayDecide}
              onRefuse={() => setDialog(forward)}
              onDecided={() => void refetch()}
            />
          ))}
        </Box>
      )}
      {canForwardNow && (
        <Button variant="outlined" sx={{ mt: 2 }} onClick={() => setDialog('forward')}>
          {t(referral.handlingCode === 'H3' ? 'referrals.forwards.request' : 'referrals.forwards.forward')}
        </Button>
      )}
      <ForwardDialog
        open={dialog === 'forward'}
        referral={referral}
        candidates={candidates}
        onClose={() => setDialog(null)}
        onDone={() => void refetch()}
      />
      <RefuseForwardDialog
        forward={typeof dialog === 'object' ? dialog : null}
        onClose={() => setDialog(null)}
        onDone={() => void refetch()}
      />
    </Section>
  );
}

interface ForwardItemProps {
  forward: ReferralForwardFieldsFragment;
  agencies: Agencies;
  mayDecide: boolean;
  onRefuse: () => void;
  onDecided: () => void;
}

function ForwardItem({ forward, agencies, mayDecide, onRefuse, onDecided }: ForwardItemProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const [approve, { loading }] = useMutation(ApproveReferralForwardDocument, { context });
  const [decideError, setDecideError] = useState<string>();
  const recipient = agencies.find((agency) => agency.id === forward.recipientAgencyId);
  const recipientName = recipient
    ? `${recipient.acronym} · ${recipient.name} (${localName(recipient.country.names, language)})`
    : t('referrals.forwards.unknownAgency');
  const onApprove = async () => {
    setDecideError(undefined);
    try {
      await approve({ variables: { forwardId: forward.id } });
      showNotice(t('referrals.forwards.approved'), 'success');
      onDecided();
    } catch (caught) {
      setDecideError(translateReferralError(caught, t));
    }
  };

  return (
    <Box component="li" sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>{recipientName}</Typography>
        <Chip
          size="small"
          variant="outlined"
          color={FORWARD_STYLE[forward.status].color}
          sx={FORWARD_STYLE[forward.status].sx}
          label={t(`referrals.forwards.status.${forward.status}`)}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('referrals.forwards.requestedAt', { when: formatDateTime(forward.requestedAt, language, timeZone) })}
        {forward.decidedAt &&
          ` · ${t('referrals.forwards.decidedAt', { when: formatDateTime(forward.decidedAt, language, timeZone) })}`}
      </Typography>
      {forward.comment && <Typography variant="body2">{forward.comment}</Typography>}
      {forward.refusalReason && (
        <Typography variant="body2">
          {t('referrals.forwards.refusedBecause', { reason: forward.refusalReason })}
        </Typography>
      )}
      {mayDecide && forward.status === 'REQUESTED' && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button size="small" variant="contained" disabled={loading} onClick={() => void onApprove()}>
            {t('referrals.forwards.approve')}
          </Button>
          <Button size="small" variant="outlined" color="error" disabled={loading} onClick={onRefuse}>
            {t('referrals.forwards.refuse')}
          </Button>
        </Stack>
      )}
      {decideError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {decideError}
        </Alert>
      )}
    </Box>
  );
}

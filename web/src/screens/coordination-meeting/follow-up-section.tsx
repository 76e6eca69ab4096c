import { useQuery } from '@apollo/client/react';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Section } from '../../forms/section';
import { ActionList } from '../coordination-common/action-list';
import { MeetingFollowUpDocument } from '../coordination-common/coordination.operations';
import { ActionForm, DecisionForm, DecisionStatusForm } from './follow-up-forms';
import type { MeetingView } from './meeting-screen';
import { useCoordinationEvents } from '../coordination-common/use-coordination-events';

/**
 * What the meeting decided and who owes what, and the actions still open from earlier meetings. The secretariat
 * records decisions and assigns actions here while the minutes are not approved (`update` in availableActions).
 */
export function FollowUpSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(MeetingFollowUpDocument, {
    variables: { id: meeting.id },
    context: { handlesErrors: true },
  });
  useCoordinationEvents((change) => {
    if (!change || change.meetingId === meeting.id) void refetch();
  });
  if (!data) return null;
  const { decisions, actionItems, carriedActions } = data.meeting;
  const mayEdit = meeting.availableActions.includes('update');
  const reload = () => void refetch();
  return (
    <>
      <Section title={t('coordination.decisions.title')}>
        {decisions.length === 0 ? (
          <Typography color="text.secondary">{t('coordination.decisions.empty')}</Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {decisions.map((decision) => (
              <Box component="li" key={decision.id} sx={{ py: 0.75 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography sx={{ fontFamily: 'monospace' }}>{decision.reference}</Typography>
                  <Chip size="small" variant="outlined" label={t(`coordination.decisionStatus.${decision.status}`)} />
                </Stack>
                <Typography sx={{ overflowWrap: 'anywhere' }}>{decision.text}</Typography>
                {mayEdit && decision.status === 'IN_FORCE' && (
                  <DecisionStatusForm decision={decision} decisions={decisions} onDone={reload} />
                )}
              </Box>
            ))}
          </Box>
        )}
        {mayEdit && <DecisionForm meeting={meeting} onDone={reload} />}
      </Section>
      <Section title={t('coordination.actions.title')}>
        <ActionList actions={actionItems} emptyText={t('coordination.actions.empty')} />
        {mayEdit && <ActionForm meeting={meeting} decisions={decisions} onDone={reload} />}
      </Section>
      {carriedActions.length > 0 && (
        <Section title={t('coordination.actions.carried')}>
          <ActionList actions={carriedActions} emptyText="" showMeeting />
        </Section>
      )}
    </>
  );
}

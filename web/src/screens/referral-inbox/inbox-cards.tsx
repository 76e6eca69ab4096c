import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import type { ReferralBox, ReferralInboxQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { localName, StatusChip, UrgencyChip } from './referral-common';

type Node = ReferralInboxQuery['referrals']['edges'][number]['node'];

/**
 * The list on a phone: one card per referral with what decides what to do first — urgency, status and deadline —
 * in view, instead of a table scrolling sideways and hiding them.
 */
export function InboxCards({ box, nodes }: { box: ReferralBox; nodes: Node[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  return (
    <Stack
      component="ul"
      spacing={1.5}
      aria-label={t(box === 'INBOX' ? 'nav.referralInbox' : 'nav.referralOutbox')}
      sx={{ m: 0, p: 0, listStyle: 'none' }}
    >
      {nodes.map((node) => {
        const other = box === 'INBOX' ? node.sendingAgency : node.receivingAgency;
        return (
          <li key={node.id}>
            <Card variant="outlined">
              <CardActionArea
                component={Link}
                to={node.status === 'DRAFT' ? `/referrals/${node.id}/edit` : `/referrals/${node.id}`}
              >
                <CardContent>
                  <Typography sx={{ fontWeight: 600 }}>{node.title}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    <Box component="span" sx={{ fontFamily: 'monospace' }}>
                      {node.reference ?? t('referrals.detail.unsentReference')}
                    </Box>
                    {` · ${other.acronym} · ${localName(other.country.names, language)}`}
                    {node.assignedTo && ` · ${t('referrals.assignment.inChargeShort', { name: node.assignedTo.name })}`}
                  </Typography>
                  <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center' }}>
                    <UrgencyChip urgency={node.urgency} />
                    <StatusChip status={node.status} />
                    {node.overdue && (
                      <Chip size="small" color="error" icon={<WarningIcon />} label={t('referrals.overdue')} />
                    )}
                  </Stack>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {`${t('referrals.fields.deadline')}: ${
                      node.dueAt ? formatDateTime(node.dueAt, language, timeZone) : t('referrals.noDeadline')
                    }`}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}

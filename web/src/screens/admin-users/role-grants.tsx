import { useMutation, useQuery } from '@apollo/client/react';
import { Button, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import type { AdminRoleGrantFragment } from '../../gql/graphql';
import { translateAdminError } from '../admin-common/admin-errors';
import { AdminRoleGrantsDocument, ApproveRoleGrantDocument, RefuseRoleGrantDocument } from './users.operations';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * Four eyes on who reads cases: operational roles an admin of the agency asked for (for a person or a system
 * token), waiting for another admin. The asker sees their own requests but cannot decide them (the server
 * refuses too). Shown only when something waits.
 */
export function RoleGrantRequests() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(AdminRoleGrantsDocument, { context, fetchPolicy: 'cache-and-network' });
  const requests = data?.roleGrantRequests ?? [];
  if (requests.length === 0) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="role-grants-title" sx={{ p: 2 }}>
      <Typography id="role-grants-title" variant="h6" component="h2">
        {t('admin.users.roleGrants.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('admin.users.roleGrants.intro')}
      </Typography>
      <List dense>
        {requests.map((request) => (
          <RoleGrantItem key={request.id} request={request} onDecided={() => void refetch()} />
        ))}
      </List>
    </Paper>
  );
}

function RoleGrantItem({ request, onDecided }: { request: AdminRoleGrantFragment; onDecided: () => void }) {
  const { t } = useTranslation();
  const [approve, approving] = useMutation(ApproveRoleGrantDocument, { context, refetchQueries: ['AdminUsers'] });
  const [refuse, refusing] = useMutation(RefuseRoleGrantDocument, { context });
  const roles = request.roles.map((role) => t(`admin.role.${role}`)).join(', ');
  const name = request.userName ?? request.apiTokenName ?? '';
  const title = request.apiTokenId
    ? t('admin.users.roleGrants.forToken', { name, roles })
    : t('admin.users.roleGrants.forUser', { name, roles });
  const decide = async (decision: (options: { variables: { id: string } }) => Promise<unknown>, done: string) => {
    try {
      await decision({ variables: { id: request.id } });
      showNotice(done, 'success');
      onDecided();
    } catch (error) {
      showNotice(translateAdminError(error, t).message);
    }
  };
  const busy = approving.loading || refusing.loading;
  return (
    <ListItem
      divider
      secondaryAction={
        request.requestedByMe ? undefined : (
          <Stack direction="row" spacing={1}>
            <Button
              size="small"
              variant="contained"
              disabled={busy}
              aria-label={t('admin.users.roleGrants.approveNamed', { name })}
              onClick={() => void decide(approve, t('admin.users.roleGrants.approved'))}
            >
              {t('admin.users.roleGrants.approve')}
            </Button>
            <Button
              size="small"
              color="error"
              disabled={busy}
              aria-label={t('admin.users.roleGrants.refuseNamed', { name })}
              onClick={() => void decide(refuse, t('admin.users.roleGrants.refused'))}
            >
              {t('admin.users.roleGrants.refuse')}
            </Button>
          </Stack>
        )
      }
    >
      <ListItemText
        primary={title}
        secondary={[
          request.withInvitation ? t('admin.users.roleGrants.withInvitation') : null,
          request.requestedByMe ? t('admin.users.roleGrants.yours') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        sx={{ pr: request.requestedByMe ? 0 : 24 }}
      />
    </ListItem>
  );
}

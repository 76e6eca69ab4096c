import PersonAddIcon from '@mui/icons-material/PersonAddOutlined';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import { subject, type AnyMongoAbility } from '@casl/ability';
import { Box, Button, Chip, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { type AdminUserFragment } from '../../gql/graphql';
import { AdminUserAgenciesDocument, AdminUsersDocument } from './users.operations';
import { translateAdminError } from '../admin-common/admin-errors';
import { ActiveChip, AdminPage, ListState } from '../admin-common/admin-page';
import { ROLES } from '../admin-common/directory-terms';
import { useSession } from '../../session/session';
import { ActivationDialog, InviteUserDialog, RolesDialog } from './user-dialogs';
import { RecordTable } from '../../ui/record-table';
import { RoleGrantRequests } from './role-grants';

const context: EnlaceOperationContext = { handlesErrors: true };
const PAGE_SIZE = 25;

type Dialog = { kind: 'invite' } | { kind: 'roles' | 'activation'; user: AdminUserFragment };

/**
 * The people of an agency: an agency administrator sees their own; a platform administrator picks the agency
 * (`?agency=<id>`, so the choice survives a reload). Oldest first, a page at a time.
 */
export function UsersScreen() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const ability = useAbility<AnyMongoAbility>();
  const [search, setSearch] = useSearchParams();
  const choosesAgency = ability.can('create', 'Agency');
  const agencyId = (choosesAgency && search.get('agency')) || me?.agency.id || '';
  const allowed = Boolean(me) && ability.can('invite', subject('User', { agency: { id: agencyId } }));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const agencies = useQuery(AdminUserAgenciesDocument, { context, skip: !choosesAgency });
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminUsersDocument, {
    context,
    variables: { agencyId, first: PAGE_SIZE },
    skip: !allowed,
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.users;
  const users = page?.edges.map(({ node }) => node) ?? [];
  const offeredRoles = ROLES.filter((role) => role !== 'PLATFORM_ADMIN' || me?.roles.includes('PLATFORM_ADMIN'));

  // The cache appends the page (api/cache.ts).
  const loadMore = () => void fetchMore({ variables: { after: page?.pageInfo.endCursor } });

  return (
    <AdminPage
      title={t('nav.adminUsers')}
      intro={t('admin.users.intro')}
      allowed={allowed}
      keptBy="agency"
      actions={
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialog({ kind: 'invite' })}>
          {t('admin.users.invite')}
        </Button>
      }
    >
      {choosesAgency && agencies.data && (
        <TextField
          select
          label={t('admin.users.agency')}
          value={agencyId}
          onChange={(event) => setSearch({ agency: event.target.value })}
          sx={{ maxWidth: 480 }}
        >
          {agencies.data.agencies.map((agency) => (
            <MenuItem key={agency.id} value={agency.id}>
              {`${agency.acronym} · ${agency.name} (${agency.country.id})`}
            </MenuItem>
          ))}
        </TextField>
      )}
      {allowed && ability.can('decide', 'RoleGrantRequest') && <RoleGrantRequests />}
      <ListState
        loading={loading && users.length === 0}
        error={error && translateAdminError(error, t).message}
        empty={!loading && !error && users.length === 0}
        onRetry={() => void refetch()}
        emptyText={t('admin.users.empty')}
      />
      {users.length > 0 && (
        <RecordTable
          label={t('nav.adminUsers')}
          rows={users}
          rowKey={(user) => user.id}
          columns={[
            { header: t('admin.users.name'), cell: (user) => user.name },
            { header: t('admin.users.email'), cell: (user) => user.email ?? t('admin.restricted') },
            {
              header: t('admin.users.roles'),
              cell: (user) => user.roles.map((role) => t(`admin.role.${role}`)).join(', '),
            },
            {
              header: t('admin.status'),
              cell: (user) =>
                user.invitationPending ? (
                  <Chip size="small" variant="outlined" color="primary" label={t('admin.users.invitationPending')} />
                ) : (
                  <ActiveChip active={user.active} />
                ),
            },
            {
              header: t('admin.users.actions'),
              actions: true,
              cell: (user) => (
                <UserActions
                  user={user}
                  agencyId={agencyId}
                  isMe={user.id === me?.id}
                  onChoose={(kind) => setDialog({ kind, user })}
                />
              ),
            },
          ]}
        />
      )}
      {page?.pageInfo.hasNextPage && (
        <Box>
          <Button variant="outlined" onClick={loadMore} disabled={loading}>
            {loading ? t('admin.loading') : t('admin.users.loadMore')}
          </Button>
        </Box>
      )}
      {dialog?.kind === 'invite' && me && (
        <InviteUserDialog
          agencyId={agencyId}
          offeredRoles={offeredRoles}
          defaults={{ locale: me.locale, timeZone: me.timeZone }}
          onClose={() => setDialog(null)}
          onInvited={() => {
            setDialog(null);
            void refetch();
          }}
        />
      )}
      {dialog?.kind === 'roles' && (
        <RolesDialog user={dialog.user} offeredRoles={offeredRoles} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'activation' && <ActivationDialog user={dialog.user} onClose={() => setDialog(null)} />}
    </AdminPage>
  );
}

function UserActions({
  user,
  agencyId,
  isMe,
  onChoose,
}: {
  user: AdminUserFragment;
  agencyId: string;
  isMe: boolean;
  onChoose: (kind: 'roles' | 'activation') => void;
}) {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  const record = subject('User', { ...user, agency: { id: agencyId } });
  return (
    <Stack direction="row" spacing={1}>
      {/* Nobody changes their own roles (the server refuses too). */}
      {ability.can('update', record) && !isMe && (
        <Button
          size="small"
          onClick={() => onChoose('roles')}
          aria-label={t('admin.users.changeRolesOf', { name: user.name })}
        >
          {t('admin.users.changeRoles')}
        </Button>
      )}
      {/* Someone still invited has no account to switch on or off until they set a password. */}
      {ability.can('disable', record) && !isMe && !user.invitationPending && (
        <Button
          size="small"
          color={user.active ? 'error' : 'primary'}
          onClick={() => onChoose('activation')}
          aria-label={t(user.active ? 'admin.users.disableNamed' : 'admin.users.enableNamed', { name: user.name })}
        >
          {user.active ? t('admin.users.disable') : t('admin.users.enable')}
        </Button>
      )}
    </Stack>
  );
}

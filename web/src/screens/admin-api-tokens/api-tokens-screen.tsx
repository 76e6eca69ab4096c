import KeyIcon from '@mui/icons-material/KeyOutlined';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDateTime } from '../../dates/format-date-time';
import { type AdminApiTokenFragment } from '../../gql/graphql';
import { AdminApiTokensDocument } from './api-tokens.operations';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateAdminError } from '../admin-common/admin-errors';
import { AdminPage, ListState } from '../admin-common/admin-page';
import { CreateApiTokenDialog, RevokeApiTokenDialog } from './api-token-dialogs';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * The agency's tokens for other systems (its case-management system, a national alert list). Managed by the
 * agency's administrators only: the server checks the role, not a CASL rule, so the screen does the same.
 */
export function ApiTokensScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { user, timeZone } = useSession();
  const allowed = Boolean(user?.roles.includes('AGENCY_ADMIN'));
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<AdminApiTokenFragment>();
  const { data, loading, error, refetch } = useQuery(AdminApiTokensDocument, { context, skip: !allowed });
  const tokens = data?.apiTokens ?? [];
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, timeZone) : '—');

  return (
    <AdminPage
      title={t('nav.adminApiTokens')}
      intro={t('admin.apiTokens.intro')}
      allowed={allowed}
      keptBy="agency"
      actions={
        <Button variant="contained" startIcon={<KeyIcon />} onClick={() => setCreating(true)}>
          {t('admin.apiTokens.create')}
        </Button>
      }
    >
      <ListState
        loading={loading}
        error={error && translateAdminError(error, t).message}
        empty={!loading && !error && tokens.length === 0}
        onRetry={() => void refetch()}
        emptyText={t('admin.apiTokens.empty')}
      />
      {tokens.length > 0 && (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('nav.adminApiTokens')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('admin.apiTokens.name')}</TableCell>
                <TableCell>{t('admin.apiTokens.prefix')}</TableCell>
                <TableCell>{t('admin.users.roles')}</TableCell>
                <TableCell>{t('admin.apiTokens.createdAt')}</TableCell>
                <TableCell>{t('admin.apiTokens.expiresAt')}</TableCell>
                <TableCell>{t('admin.apiTokens.lastUsedAt')}</TableCell>
                <TableCell>{t('admin.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {tokens.map((token) => (
                <TableRow key={token.id} hover>
                  <TableCell>{token.name}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{`${token.displayPrefix}…`}</TableCell>
                  <TableCell>{token.roles.map((role) => t(`admin.role.${role}`)).join(', ')}</TableCell>
                  <TableCell>{when(token.createdAt)}</TableCell>
                  <TableCell>{when(token.expiresAt)}</TableCell>
                  <TableCell>{when(token.lastUsedAt)}</TableCell>
                  <TableCell>
                    {token.revokedAt ? (
                      <Chip
                        size="small"
                        variant="outlined"
                        label={t('admin.apiTokens.revokedOn', { date: when(token.revokedAt) })}
                      />
                    ) : (
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        {!token.approvedAt && (
                          <Chip size="small" variant="outlined" label={t('admin.apiTokens.awaitingApproval')} />
                        )}
                        <Button
                          size="small"
                          color="error"
                          onClick={() => setRevoking(token)}
                          aria-label={t('admin.apiTokens.revokeTitle', { name: token.name })}
                        >
                          {t('admin.apiTokens.revoke')}
                        </Button>
                      </Stack>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {creating && <CreateApiTokenDialog onClose={() => setCreating(false)} />}
      {revoking && <RevokeApiTokenDialog token={revoking} onClose={() => setRevoking(undefined)} />}
    </AdminPage>
  );
}

import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/AddOutlined';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { useSession } from '../../session/session';
import {
  DirectoryFilters,
  directoryVariables,
  noDirectoryFilter,
  useSettledFilter,
} from '../protection-common/directory-filters';
import { DirectoryServiceCard, type DirectoryServiceSummary } from '../protection-common/directory-service-card';
import { ProtectionPage } from '../protection-common/protection-page';
import { translateProtectionError } from '../protection-common/protection-terms';
import { ServiceDirectoryDocument } from '../protection-common/service-referrals.operations';
import { DirectoryServiceDialog } from './directory-service-dialog';
import { HsdsImportButton } from './hsds-import-button';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * The directory of services for survivors: who offers shelter, care, legal aid… where, for whom, in which
 * languages, and whether they can take someone now. Nothing personal is in it. An agency's admins keep their
 * agency's entries (and may list the ones they took out of the directory); the HSDS export serves other systems.
 */
export function DirectoryScreen() {
  const { t } = useTranslation();
  const { user } = useSession();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'DirectoryService');
  const maintains = ability.can('create', 'DirectoryService');
  const [filter, setFilter] = useState(noDirectoryFilter);
  const [ownOnly, setOwnOnly] = useState(false);
  const [editing, setEditing] = useState<DirectoryServiceSummary | 'new'>();
  const settled = useSettledFilter(filter);
  const { data, loading, error, refetch, fetchMore } = useQuery(ServiceDirectoryDocument, {
    context,
    skip: !allowed,
    variables: { ...directoryVariables(settled), agencyId: ownOnly ? user?.agency.id : null },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.directoryServices;
  return (
    <ProtectionPage
      title={t('nav.serviceDirectory')}
      intro={t('protection.directory.intro')}
      allowed={allowed}
      actions={
        maintains && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
              {t('protection.directory.add')}
            </Button>
            <HsdsImportButton onImported={() => void refetch()} />
          </Stack>
        )
      }
    >
      <Paper variant="outlined" sx={{ p: 2 }} role="search">
        <Stack spacing={1}>
          <DirectoryFilters filter={filter} onChange={setFilter} />
          {maintains && (
            <FormControlLabel
              control={<Checkbox checked={ownOnly} onChange={(event) => setOwnOnly(event.target.checked)} />}
              label={t('protection.directory.ownOnly', { agency: user?.agency.acronym ?? '' })}
            />
          )}
        </Stack>
      </Paper>
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {page && page.nodes.length === 0 && <Typography>{t('protection.directory.empty')}</Typography>}
      <Stack spacing={1.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label={t('nav.serviceDirectory')}>
        {page?.nodes.map((service) => (
          <Paper key={service.id} component="li" variant="outlined" sx={{ p: 2 }}>
            <DirectoryServiceCard
              service={service}
              actions={
                maintains &&
                service.agency.id === user?.agency.id && (
                  <Box>
                    <Button
                      size="small"
                      onClick={() => setEditing(service)}
                      aria-label={t('protection.directory.editNamed', { name: service.name })}
                    >
                      {t('protection.directory.edit')}
                    </Button>
                  </Box>
                )
              }
            />
          </Paper>
        ))}
      </Stack>
      {page?.pageInfo.hasNextPage && (
        <Box>
          <Button
            onClick={() =>
              void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  directoryServices: {
                    ...fetchMoreResult.directoryServices,
                    nodes: [...previous.directoryServices.nodes, ...fetchMoreResult.directoryServices.nodes],
                  },
                }),
              })
            }
          >
            {t('protection.directory.more')}
          </Button>
        </Box>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('protection.directory.hsds')} <a href="/api/directory/hsds/services">/api/directory/hsds/services</a>
      </Typography>
      {editing && (
        <DirectoryServiceDialog
          service={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) void refetch();
          }}
        />
      )}
    </ProtectionPage>
  );
}

import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, LinearProgress, Paper, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import {
  DirectoryFilters,
  directoryVariables,
  noDirectoryFilter,
  useSettledFilter,
} from '../protection-common/directory-filters';
import { DirectoryServiceCard, type DirectoryServiceSummary } from '../protection-common/directory-service-card';
import { ServiceDirectoryDocument } from '../protection-common/service-referrals.operations';
import { translateProtectionError } from '../protection-common/protection-terms';

const context: EnlaceOperationContext = { handlesErrors: true };

/** The directory to pick the provider's service from, searched and narrowed; one is chosen with its radio. */
export function ServicePicker({
  chosenId,
  onChoose,
  ownAgencyId,
}: {
  chosenId: string;
  onChoose: (service: DirectoryServiceSummary) => void;
  ownAgencyId?: string;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(noDirectoryFilter);
  const settled = useSettledFilter(filter);
  const { data, loading, error, fetchMore } = useQuery(ServiceDirectoryDocument, {
    context,
    variables: directoryVariables(settled),
  });
  const page = data?.directoryServices;
  // A survivor is not referred to the holding agency itself (the API refuses it): its services are not offered.
  const services = (page?.nodes ?? []).filter((service) => service.agency.id !== ownAgencyId);
  return (
    <Stack spacing={2}>
      <DirectoryFilters filter={filter} onChange={setFilter} />
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {page && services.length === 0 && <Typography>{t('protection.directory.empty')}</Typography>}
      <RadioGroup
        aria-label={t('protection.referral.service')}
        value={chosenId}
        onChange={(event) => {
          const service = services.find((candidate) => candidate.id === event.target.value);
          if (service) onChoose(service);
        }}
      >
        <Stack spacing={1}>
          {services.map((service) => (
            <Paper
              key={service.id}
              variant="outlined"
              sx={{
                p: 1.5,
                display: 'flex',
                gap: 1,
                alignItems: 'flex-start',
                borderColor: service.id === chosenId ? 'primary.main' : undefined,
                borderWidth: service.id === chosenId ? 2 : 1,
              }}
            >
              <Radio value={service.id} slotProps={{ input: { 'aria-label': service.name } }} />
              <DirectoryServiceCard service={service} />
            </Paper>
          ))}
        </Stack>
      </RadioGroup>
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
    </Stack>
  );
}

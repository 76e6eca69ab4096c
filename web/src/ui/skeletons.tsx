import { Box, Card, CardContent, Grid, Skeleton, Stack } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * What a screen shows while its data is on the way: the shape of the page to come, in grey, instead of an empty
 * page. Announced once to screen readers by its label (role "status"); the grey shapes themselves are hidden.
 */
function Loading({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="status" aria-label={label} aria-busy="true">
      <Box aria-hidden>{children}</Box>
    </Box>
  );
}

function CardSkeleton({ lines = 3, height }: { lines?: number; height?: number }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Skeleton variant="text" width="40%" sx={{ fontSize: '1.25rem', mb: 1 }} />
        {height ? (
          <Skeleton variant="rounded" height={height} />
        ) : (
          Array.from({ length: lines }, (_, index) => (
            <Skeleton key={index} variant="text" width={index === lines - 1 ? '60%' : '100%'} />
          ))
        )}
      </CardContent>
    </Card>
  );
}

/** A list screen (inbox, outbox): rows at full width, cards on a phone alike. */
export function ListSkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <Loading label={label}>
      <Stack spacing={1}>
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={56} />
        ))}
      </Stack>
    </Loading>
  );
}

/** A record's page: its header, then the case on the left and actions and timeline on the right. */
export function DetailSkeleton({ label }: { label: string }) {
  return (
    <Loading label={label}>
      <Stack spacing={2.5}>
        <Box>
          <Skeleton variant="text" width={160} />
          <Skeleton variant="text" width="70%" sx={{ fontSize: '2rem' }} />
          <Stack direction="row" spacing={1}>
            <Skeleton variant="rounded" width={80} height={24} />
            <Skeleton variant="rounded" width={80} height={24} />
          </Stack>
        </Box>
        <Grid container spacing={2.5}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Stack spacing={2.5}>
              <CardSkeleton lines={3} />
              <CardSkeleton lines={6} />
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Stack spacing={2.5}>
              <CardSkeleton height={48} />
              <CardSkeleton lines={4} />
            </Stack>
          </Grid>
        </Grid>
      </Stack>
    </Loading>
  );
}

/** A dashboard (the home page): a row of figures, then the work queue. */
export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <Loading label={label}>
      <Stack spacing={2.5}>
        <Grid container spacing={2}>
          {Array.from({ length: 4 }, (_, index) => (
            <Grid key={index} size={{ xs: 6, md: 3 }}>
              <Skeleton variant="rounded" height={88} />
            </Grid>
          ))}
        </Grid>
        <CardSkeleton lines={4} />
      </Stack>
    </Loading>
  );
}

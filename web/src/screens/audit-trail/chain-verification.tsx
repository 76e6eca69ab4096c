import { useQuery } from '@apollo/client/react';
import { Alert, AlertTitle, Button, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { translateApiError } from '../../api/translate-api-error';
import { VerifyAuditChainDocument } from './audit-trail.generated';

const context: EnlaceOperationContext = { handlesErrors: true };

/** Whether the audit trail is intact, said plainly: recomputed by the server on every visit. */
export function ChainVerification() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(VerifyAuditChainDocument, {
    context,
    fetchPolicy: 'network-only',
  });
  const result = data?.verifyAuditChain;
  const again = (
    <Button color="inherit" size="small" disabled={loading} onClick={() => void refetch()}>
      {t('audit.chain.again')}
    </Button>
  );
  if (loading && !result) return <Alert severity="info">{t('audit.chain.checking')}</Alert>;
  if (error && !result)
    return (
      <Alert severity="error" action={again}>
        {translateApiError(error, t).message}
      </Alert>
    );
  if (!result) return null;
  if (!result.valid)
    return (
      <Alert severity="error" action={again}>
        <AlertTitle>{t('audit.chain.broken')}</AlertTitle>
        {t('audit.chain.brokenAt', { seq: result.firstBrokenSeq ?? '?' })}
      </Alert>
    );
  return (
    <Alert severity="success" action={again}>
      <AlertTitle>{t('audit.chain.verified')}</AlertTitle>
      {t('audit.chain.checked', { count: result.checkedCount })}
      {result.lastSeq && result.lastHash && (
        <Typography variant="body2" sx={{ mt: 0.5, wordBreak: 'break-all' }}>
          {t('audit.chain.lastEvent', { seq: result.lastSeq })}{' '}
          <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
            {result.lastHash}
          </Typography>
        </Typography>
      )}
      {/* Signed checkpoints outside the database reveal what the chain alone cannot (docs/user-guide/auditor.md). */}
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        <Link href="/api/audit/checkpoints" download color="inherit">
          {t('audit.chain.downloadCheckpoints')}
        </Link>
      </Typography>
    </Alert>
  );
}

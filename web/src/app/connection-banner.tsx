import CloudOffIcon from '@mui/icons-material/CloudOff';
import { Alert, Button } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiSource } from '../api/api-source';
import { useConnection } from '../api/connection-status';
import { useSession } from '../session/session';

/**
 * A visible, polite notice while Enlace cannot be reached. It never replaces the screen, so forms keep what
 * was typed; when the connection returns, the screens' queries run again and the notice goes away.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const connection = useConnection();
  // Not loaded yet (sign-in screen): no query of Apollo's to run again.
  const api = useApiSource();
  const { refresh } = useSession();
  const retry = () => void (api.client ? api.client.refetchQueries({ include: 'active' }) : refresh());
  const previous = useRef(connection);

  useEffect(() => {
    if (previous.current !== 'online' && connection === 'online') retry();
    previous.current = connection;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of connection triggers a retry
  }, [connection]);

  if (connection === 'online') return null;
  return (
    <Alert
      severity="warning"
      icon={<CloudOffIcon />}
      role="status"
      data-testid="connection-banner"
      sx={{ borderRadius: 0 }}
      action={
        connection === 'serverUnreachable' && (
          <Button color="inherit" size="small" onClick={retry}>
            {t('connection.retry')}
          </Button>
        )
      }
    >
      {connection === 'offline' ? t('connection.offline') : t('connection.serverUnreachable')}
    </Alert>
  );
}

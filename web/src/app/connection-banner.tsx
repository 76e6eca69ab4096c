import CloudOffIcon from '@mui/icons-material/CloudOff';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/connection-status';

/**
 * A visible, polite notice while Enlace cannot be reached. It never replaces the screen, so forms keep what
 * was typed; when the connection returns, the screens' queries run again and the notice goes away.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const connection = useConnection();
  const client = useApolloClient();
  const previous = useRef(connection);

  useEffect(() => {
    if (previous.current !== 'online' && connection === 'online') void client.refetchQueries({ include: 'active' });
    previous.current = connection;
  }, [connection, client]);

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
          <Button color="inherit" size="small" onClick={() => void client.refetchQueries({ include: 'active' })}>
            {t('connection.retry')}
          </Button>
        )
      }
    >
      {connection === 'offline' ? t('connection.offline') : t('connection.serverUnreachable')}
    </Alert>
  );
}

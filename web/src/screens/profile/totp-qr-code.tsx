import { Box, Skeleton } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SIZE = 200;

/**
 * The otpauth URI as a QR code to scan with the phone while enrolling at a laptop. Drawn as SVG in the browser:
 * the secret never leaves it for an image service, and SVG needs no canvas.
 */
export function TotpQrCode({ uri }: { uri: string }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let current = true;
    // Its own chunk, fetched only when someone enrols: the sign-in page stays light for everyone else.
    import('qrcode')
      .then(({ toString: qrSvg }) => qrSvg(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then(
        (drawn) => current && setSvg(drawn),
        // Without the picture (chunk not downloaded) the link and the key below still work.
        () => current && setSvg(''),
      );
    return () => {
      current = false;
    };
  }, [uri]);
  if (svg === '') return null;
  if (!svg) return <Skeleton variant="rectangular" width={SIZE} height={SIZE} />;
  return (
    <Box
      component="img"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={t('account.totp.qrAlt')}
      width={SIZE}
      height={SIZE}
      sx={{ display: 'block', bgcolor: '#fff', border: 1, borderColor: 'divider' }}
    />
  );
}

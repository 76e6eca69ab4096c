import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Link, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { translateApiError } from '../../api/translate-api-error';
import { ConfirmTotpEnrolmentDocument, StartTotpEnrolmentDocument } from './profile.generated';
import { totpSchema, type TotpCode } from '../sign-in/sign-in.schema';
import { TotpQrCode } from './totp-qr-code';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * Enrolling an authenticator app: a new secret (as a QR code, an otpauth link and text to type in), a first code to
 * prove the app has it, then the recovery codes, shown this once. Used from the profile, from sign-in and from
 * an invitation when the role requires two-step verification.
 */
export function TotpEnrolment({ onDone }: { onDone: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [start, started] = useMutation(StartTotpEnrolmentDocument, { context });
  const [confirm] = useMutation(ConfirmTotpEnrolmentDocument, { context });
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [serverError, setServerError] = useState<string>();
  const enrolment = started.data?.startTotpEnrolment;

  const begin = async () => {
    setServerError(undefined);
    await start().catch((error: unknown) => setServerError(translateApiError(error, t).message));
  };
  const submitCode = async (code: string) => {
    setServerError(undefined);
    try {
      const { data } = await confirm({ variables: { code } });
      setRecoveryCodes(data?.confirmTotpEnrolment.recoveryCodes ?? []);
    } catch (error) {
      setServerError(translateApiError(error, t).message);
    }
  };

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={onDone} />;
  return (
    <Stack spacing={2}>
      {serverError && (
        <Alert severity="error" role="alert">
          {serverError}
        </Alert>
      )}
      {!enrolment ? (
        <Box>
          <Typography gutterBottom>{t('account.totp.explain')}</Typography>
          <Button variant="contained" onClick={() => void begin()} disabled={started.loading}>
            {t('account.totp.start')}
          </Button>
        </Box>
      ) : (
        <>
          <Typography>{t('account.totp.addToApp')}</Typography>
          <TotpQrCode uri={enrolment.otpauthUri} />
          <Box>
            <Link href={enrolment.otpauthUri}>{t('account.totp.openInApp')}</Link>
          </Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {t('account.totp.secretLabel')}
            </Typography>
            <Typography component="p" sx={{ fontFamily: 'monospace', fontSize: '1.1rem', wordBreak: 'break-all' }}>
              {groupsOfFour(enrolment.secret)}
            </Typography>
          </Box>
          <FirstCodeForm onSubmit={submitCode} />
        </>
      )}
    </Stack>
  );
}

/** Base32 in groups of four, as authenticator apps accept it typed with or without spaces. */
const groupsOfFour = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

function FirstCodeForm({ onSubmit }: { onSubmit: (code: string) => Promise<void> }) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TotpCode, unknown, { code: string }>({ resolver: zodResolver(totpSchema), defaultValues: { code: '' } });
  return (
    <form noValidate onSubmit={handleSubmit(({ code }) => onSubmit(code))} aria-label={t('account.totp.confirmTitle')}>
      <TextField
        {...register('code')}
        label={t('account.totp.firstCode')}
        autoComplete="one-time-code"
        required
        error={Boolean(errors.code)}
        helperText={errors.code?.message && t(errors.code.message)}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
      />
      <Button type="submit" variant="contained" disabled={isSubmitting} sx={{ mt: 1 }}>
        {t('account.totp.confirm')}
      </Button>
    </form>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void | Promise<void> }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <Alert severity="success">{t('account.totp.enabled')}</Alert>
      <Typography>{t('account.totp.recoveryExplain', { count: codes.length })}</Typography>
      <Box
        component="ul"
        aria-label={t('account.totp.recoveryTitle')}
        sx={{ fontFamily: 'monospace', fontSize: '1.05rem', columns: 2, pl: 3, m: 0 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Box>
        <Button variant="contained" onClick={() => void onDone()}>
          {t('account.totp.savedCodes')}
        </Button>
      </Box>
    </Stack>
  );
}

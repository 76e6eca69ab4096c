import { DialogSaveActions, ServerErrorAlert } from '../admin-common/dialog-form-parts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Grid,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { type AdminApiTokenFragment } from '../../gql/graphql';
import { CreateApiTokenDocument, RevokeApiTokenDocument } from './api-tokens.operations';
import { applyFieldErrors, translateAdminError } from '../admin-common/admin-errors';
import { TOKEN_ROLES } from '../admin-common/directory-terms';
import { FormTextField } from '../../forms/form-fields';
import { RoleCheckboxes } from '../admin-users/role-checkboxes';
import { API_TOKEN_FIELDS, apiTokenSchema, scopesOf, type ApiTokenForm, type ApiTokenValues } from './api-token.schema';
import { FormDateField } from '../../forms/form-date-field';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * Creates a token, then shows its secret once: the server keeps only a hash, so closing the dialog is the
 * last chance to copy it.
 */
export function CreateApiTokenDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<string>();
  const [serverError, setServerError] = useState<string>();
  const [create] = useMutation(CreateApiTokenDocument, { context, refetchQueries: ['AdminApiTokens'] });
  const { control, handleSubmit, setError, formState } = useForm<ApiTokenForm, unknown, ApiTokenValues>({
    resolver: zodResolver(apiTokenSchema),
    defaultValues: { name: '', roles: [], scopes: '', expiresOn: '' },
  });
  const submit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const result = await create({
        variables: {
          input: {
            name: values.name,
            roles: values.roles,
            scopes: scopesOf(values.scopes),
            expiresAt: values.expiresOn ? new Date(`${values.expiresOn}T23:59:59`).toISOString() : null,
          },
        },
      });
      setSecret(result.data!.createApiToken.token);
      showNotice(t('admin.apiTokens.created', { name: values.name }), 'success');
    } catch (error) {
      const translated = translateAdminError(error, t);
      const fields = Object.fromEntries(
        Object.entries(translated.fields).map(([path, text]) => [path === 'expiresAt' ? 'expiresOn' : path, text]),
      );
      const unplaced = applyFieldErrors(fields, API_TOKEN_FIELDS, setError);
      setServerError(unplaced.length > 0 || Object.keys(fields).length === 0 ? translated.message : undefined);
    }
  });

  if (secret)
    return (
      <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="token-secret-title">
        <DialogTitle id="token-secret-title">{t('admin.apiTokens.secretTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('admin.apiTokens.secretOnce')}
          </Alert>
          <TextField
            fullWidth
            label={t('admin.apiTokens.secret')}
            value={secret}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false }, input: { sx: { fontFamily: 'monospace' } } }}
            onFocus={(event) => event.target.select()}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => void navigator.clipboard?.writeText(secret)}>{t('admin.apiTokens.copy')}</Button>
          <Button variant="contained" onClick={onClose}>
            {t('admin.apiTokens.copiedClose')}
          </Button>
        </DialogActions>
      </Dialog>
    );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="token-dialog-title">
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id="token-dialog-title">{t('admin.apiTokens.create')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('admin.apiTokens.createIntro')}</DialogContentText>
          <Grid container spacing={2}>
            <Grid size={12}>
              <FormTextField
                control={control}
                name="name"
                label={t('admin.apiTokens.name')}
                required
                helperText={t('admin.apiTokens.nameHelp')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 7 }}>
              <FormTextField
                control={control}
                name="scopes"
                label={t('admin.apiTokens.scopes')}
                helperText={t('admin.apiTokens.scopesHelp')}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              <FormDateField
                control={control}
                name="expiresOn"
                label={t('admin.apiTokens.expiresOn')}
                helperText={t('admin.apiTokens.expiresOnHelp')}
              />
            </Grid>
            <Grid size={12}>
              <RoleCheckboxes control={control} offered={TOKEN_ROLES} />
            </Grid>
          </Grid>
          <ServerErrorAlert message={serverError} />
        </DialogContent>
        <DialogSaveActions
          submitting={formState.isSubmitting}
          onClose={onClose}
          submitLabel={t('admin.apiTokens.createSubmit')}
        />
      </form>
    </Dialog>
  );
}

/** Revoking is final: the token is refused from its next request on. */
export function RevokeApiTokenDialog({ token, onClose }: { token: AdminApiTokenFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [revoke, { loading }] = useMutation(RevokeApiTokenDocument, { context });
  const [serverError, setServerError] = useState<string>();
  const confirm = async () => {
    setServerError(undefined);
    try {
      await revoke({ variables: { id: token.id } });
      showNotice(t('admin.apiTokens.revoked', { name: token.name }), 'success');
      onClose();
    } catch (error) {
      setServerError(translateAdminError(error, t).message);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="revoke-title">
      <DialogTitle id="revoke-title">{t('admin.apiTokens.revokeTitle', { name: token.name })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('admin.apiTokens.revokeExplained')}</DialogContentText>
        <ServerErrorAlert message={serverError} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('admin.cancel')}</Button>
        <Button color="error" variant="contained" disabled={loading} onClick={() => void confirm()}>
          {t('admin.apiTokens.revoke')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { DialogSaveActions, ServerErrorAlert } from '../admin-common/dialog-form-parts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Dialog, DialogContent, DialogContentText, DialogTitle, Grid, MenuItem } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { type AdminUserFragment, type Role } from '../../gql/graphql';
import {
  DisableUserDocument,
  EnableUserDocument,
  InviteUserDocument,
  UpdateUserRolesDocument,
} from './users.operations';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { applyFieldErrors, translateAdminError } from '../admin-common/admin-errors';
import { INTERFACE_LOCALES, OPERATIONAL_ROLES } from '../admin-common/directory-terms';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { RoleCheckboxes } from './role-checkboxes';
import {
  INVITE_FIELDS,
  inviteSchema,
  rolesSchema,
  type InviteForm,
  type InviteValues,
  type RolesForm,
} from './user.schema';

const context: EnlaceOperationContext = { handlesErrors: true };

function FormDialog({
  title,
  onClose,
  onSubmit,
  submitting,
  submitLabel,
  error,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitting: boolean;
  submitLabel: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="user-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <DialogTitle id="user-dialog-title">{title}</DialogTitle>
        <DialogContent>
          {children}
          <ServerErrorAlert message={error} />
        </DialogContent>
        <DialogSaveActions submitting={submitting} onClose={onClose} submitLabel={submitLabel} />
      </form>
    </Dialog>
  );
}

/** Invites a person into the agency: they get a link by e-mail and set their own password. */
export function InviteUserDialog({
  agencyId,
  offeredRoles,
  defaults,
  onClose,
  onInvited,
}: {
  agencyId: string;
  offeredRoles: readonly Role[];
  defaults: { locale: string; timeZone: string };
  onClose: () => void;
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<string>();
  const [invite] = useMutation(InviteUserDocument, { context, refetchQueries: ['AdminRoleGrants'] });
  const { control, handleSubmit, setError, formState } = useForm<InviteForm, unknown, InviteValues>({
    resolver: zodResolver(inviteSchema),
    defaultValues: {
      name: '',
      email: '',
      roles: [],
      locale: (INTERFACE_LOCALES as readonly string[]).includes(defaults.locale)
        ? (defaults.locale as InviteForm['locale'])
        : 'es',
      timeZone: defaults.timeZone,
    },
  });
  const submit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      await invite({ variables: { input: { agencyId, ...values } } });
      const waits = values.roles.some((role) => OPERATIONAL_ROLES.includes(role));
      showNotice(
        waits ? t('admin.users.roleGrants.pendingNotice') : t('admin.users.invited', { email: values.email }),
        'success',
      );
      onInvited();
    } catch (error) {
      const translated = translateAdminError(error, t);
      const unplaced = applyFieldErrors(translated.fields, INVITE_FIELDS, setError);
      setServerError(
        unplaced.length > 0 || Object.keys(translated.fields).length === 0 ? translated.message : undefined,
      );
    }
  });
  return (
    <FormDialog
      title={t('admin.users.invite')}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitting={formState.isSubmitting}
      submitLabel={t('admin.users.sendInvitation')}
      error={serverError}
    >
      <DialogContentText sx={{ mb: 2 }}>{t('admin.users.inviteIntro')}</DialogContentText>
      <Grid container spacing={2}>
        <Grid size={12}>
          <FormTextField control={control} name="name" label={t('admin.users.name')} required />
        </Grid>
        <Grid size={12}>
          <FormTextField control={control} name="email" label={t('admin.users.email')} type="email" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }}>
          <FormSelectField control={control} name="locale" label={t('admin.users.locale')} required>
            {INTERFACE_LOCALES.map((locale) => (
              <MenuItem key={locale} value={locale}>
                {LANGUAGE_NAMES[locale]}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <FormTextField
            control={control}
            name="timeZone"
            label={t('admin.timeZone')}
            required
            helperText={t('admin.timeZoneHelp')}
          />
        </Grid>
        <Grid size={12}>
          <RoleCheckboxes control={control} offered={offeredRoles} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}

/** Changes what a person does in the agency. */
export function RolesDialog({
  user,
  offeredRoles,
  onClose,
}: {
  user: AdminUserFragment;
  offeredRoles: readonly Role[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<string>();
  const [update] = useMutation(UpdateUserRolesDocument, { context, refetchQueries: ['AdminRoleGrants'] });
  const { control, handleSubmit, formState } = useForm<RolesForm>({
    resolver: zodResolver(rolesSchema),
    defaultValues: { roles: user.roles },
  });
  // A role the admin may not grant (platform admin) is still shown when the person has it, so it is not lost.
  const offered = [...offeredRoles, ...user.roles.filter((role) => !offeredRoles.includes(role))];
  const submit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      await update({ variables: { id: user.id, input: { roles: values.roles } } });
      const waits = values.roles.some((role) => OPERATIONAL_ROLES.includes(role) && !user.roles.includes(role));
      showNotice(
        waits ? t('admin.users.roleGrants.pendingNotice') : t('admin.users.rolesChanged', { name: user.name }),
        'success',
      );
      onClose();
    } catch (error) {
      const translated = translateAdminError(error, t);
      setServerError(translated.fields.roles ?? translated.message);
    }
  });
  return (
    <FormDialog
      title={t('admin.users.changeRolesOf', { name: user.name })}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitting={formState.isSubmitting}
      submitLabel={t('admin.save')}
      error={serverError}
    >
      <RoleCheckboxes control={control} offered={offered} />
    </FormDialog>
  );
}

/** Disabling ends the person's sessions at once; enabling lets them sign in again. Asked before doing it. */
export function ActivationDialog({ user, onClose }: { user: AdminUserFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [serverError, setServerError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [disable] = useMutation(DisableUserDocument, { context });
  const [enable] = useMutation(EnableUserDocument, { context });
  const disabling = user.active;
  const confirm = async () => {
    setBusy(true);
    setServerError(undefined);
    try {
      if (disabling) await disable({ variables: { id: user.id } });
      else await enable({ variables: { id: user.id } });
      showNotice(t(disabling ? 'admin.users.disabled' : 'admin.users.enabled', { name: user.name }), 'success');
      onClose();
    } catch (error) {
      setServerError(translateAdminError(error, t).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      title={t(disabling ? 'admin.users.disableTitle' : 'admin.users.enableTitle', { name: user.name })}
      onClose={onClose}
      onSubmit={() => void confirm()}
      submitting={busy}
      submitLabel={disabling ? t('admin.users.disable') : t('admin.users.enable')}
      error={serverError}
    >
      <DialogContentText>
        {disabling ? t('admin.users.disableExplained') : t('admin.users.enableExplained')}
      </DialogContentText>
    </FormDialog>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import UploadIcon from '@mui/icons-material/UploadFileOutlined';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showNotice } from '../../api/notices';
import { translateProtectionError } from '../protection-common/protection-terms';
import { FileButton } from '../../ui/file-button';

const MAX_BYTES = 1_000_000;

/**
 * A ZIP (an HSDS data package) or a CSV file (HSDS's services.csv) by its type or its name; anything else is sent
 * as JSON.
 */
export const hsdsContentType = (file: { name: string; type: string }) =>
  /zip/.test(file.type) || /\.zip$/i.test(file.name)
    ? 'application/zip'
    : file.type === 'text/csv' || /\.csv$/i.test(file.name)
      ? 'text/csv'
      : 'application/json';

/** Where a problem is: `services.<row>.<field>` (JSON, CSV) or `<file>.csv.<row>.<field>` (a data package). */
export function problemPlace(path: string): { file: string | null; number: number } {
  const inFile = /^([a-z_]+\.csv)\.(\d+)\./.exec(path);
  if (inFile) return { file: inFile[1]!, number: Number(inFile[2]) + 1 };
  return { file: null, number: Number(path.split('.')[1] ?? 0) + 1 };
}

/**
 * An agency admin uploads an Open Referral HSDS 3.0 file, JSON (a list of services), CSV (services.csv, one
 * service a row) or a ZIP data package (several CSV files linked by ids), to add them to the directory as their agency's. The server checks the whole file first and creates nothing unless all of it is valid; the
 * first problems are named by the service's position in the file.
 */
export function HsdsImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const refuse = (extensions: Record<string, unknown>) => {
    const message = translateProtectionError(new CombinedGraphQLErrors({ errors: [{ message: '', extensions }] }), t);
    const problems = Object.entries(message.fields)
      .slice(0, 3)
      .map(([path, problem]) => {
        const { file, number } = problemPlace(path);
        return file
          ? t('protection.directory.importFileProblem', { file, number, problem })
          : t('protection.directory.importProblem', { number, problem });
      });
    showNotice([message.message, ...problems].join(' '), 'error');
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) return refuse({ messageKey: 'protection.apiError.directory.importTooLarge' });
    setBusy(true);
    try {
      const response = await fetch('/api/directory/hsds/services', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': hsdsContentType(file), 'X-Requested-With': 'enlace-web' },
        body: hsdsContentType(file) === 'application/zip' ? await file.arrayBuffer() : await file.text(),
      });
      const answer = (await response.json()) as Record<string, unknown>;
      if (response.status === 201) {
        showNotice(t('protection.directory.imported', { count: answer.created as number }), 'success');
        onImported();
      } else refuse(answer);
    } catch {
      showNotice(t('error.network'), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <FileButton
      variant="outlined"
      startIcon={<UploadIcon />}
      disabled={busy}
      input={{
        accept: '.json,application/json,.csv,text/csv,.zip,application/zip',
        onChange: (event) => void upload(event),
      }}
    >
      {t('protection.directory.import')}
    </FileButton>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createI18n } from '../../i18n/i18n';
import { translateProtectionError } from '../protection-common/protection-terms';
import { hsdsContentType, problemPlace } from './hsds-import-button';

describe('the HSDS import button', () => {
  it('sends a CSV file as text/csv, by its type or its name, and anything else as JSON', () => {
    expect(hsdsContentType({ name: 'services.csv', type: '' })).toBe('text/csv');
    expect(hsdsContentType({ name: 'SERVICES.CSV', type: 'application/vnd.ms-excel' })).toBe('text/csv');
    expect(hsdsContentType({ name: 'export', type: 'text/csv' })).toBe('text/csv');
    expect(hsdsContentType({ name: 'services.json', type: 'application/json' })).toBe('application/json');
    expect(hsdsContentType({ name: 'csv.json', type: '' })).toBe('application/json');
    expect(hsdsContentType({ name: 'hsds.zip', type: '' })).toBe('application/zip');
    expect(hsdsContentType({ name: 'paquete', type: 'application/x-zip-compressed' })).toBe('application/zip');
  });

  it('places a problem by its row, and for a data package by its file too', () => {
    expect(problemPlace('services.3.name')).toEqual({ file: null, number: 4 });
    expect(problemPlace('phones.csv.2.service_id')).toEqual({ file: 'phones.csv', number: 3 });
    expect(problemPlace('services.csv.0.minimum_age')).toEqual({ file: 'services.csv', number: 1 });
  });

  it.each(['es', 'en', 'pt', 'fr'] as const)('translates the refusal of a file that is not CSV (%s)', async (lang) => {
    const { t } = await createI18n(lang, ['protection']);
    const error = new CombinedGraphQLErrors({
      errors: [{ message: '', extensions: { messageKey: 'error.protection.directory.importNotCsv' } }],
    });
    const { message } = translateProtectionError(error, t);
    expect(message).toMatch(/CSV/);
    expect(message).not.toContain('importNotCsv');
  });
});

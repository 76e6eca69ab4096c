import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { HTCDS_COLUMNS, smallestClass } from '../../server/src/modules/statistics/htcds-anonymity';
import { pdfText } from '../support/pdf-text';
import type { SeededDemo } from './demo-server';

/**
 * The statistics downloads work on the demo data: the region's statistician and the GT–MX secretariat get the
 * tables as CSV, XLSX and a PDF publication, and the anonymised case-level (HTCDS) dataset with rows in it.
 */
export function statisticsDemoChecks(demo: SeededDemo) {
  const download = async (path: string, cookie: string) => {
    const response = await fetch(`${demo.api.url}${path}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const gtMx = async (cookie: string) => {
    const result = await demo.api.graphql<{ statisticsMechanisms: { id: string; names: { es: string } }[] }>(
      '{ statisticsMechanisms { id names { es } } }',
      {},
      { cookie },
    );
    return result.data!.statisticsMechanisms.find((m) => /Guatemala/.test(m.names.es) && /M[eé]xico/.test(m.names.es))!;
  };

  it("gives the region's statistician the referral tables as CSV, XLSX and PDF, and HTCDS cases", async () => {
    const cookie = await demo.signIn('statistician@demo.enlace.example');
    const csv: Record<string, string>[] = parse(await download('/api/statistics/referrals.csv?scope=REGION', cookie), {
      columns: true,
      bom: true,
    });
    expect(csv.find((row) => row.table === 'TOTAL')!.count).not.toBe('');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('/api/statistics/protection.xlsx?scope=REGION', cookie)) as never);
    expect(workbook.getWorksheet('figures')!.rowCount).toBeGreaterThan(10);
    const pdf = await pdfText(await download('/api/statistics/referrals.pdf?scope=REGION&lang=en', cookie));
    expect(pdf.text).toContain('Referral statistics');
    expect(pdf.text).toContain('Chart: STATUS');
    const cases: string[][] = parse(await download('/api/statistics/htcds.csv?scope=REGION', cookie), { bom: true });
    expect(cases[0]).toEqual([...HTCDS_COLUMNS]);
    expect(cases.length).toBeGreaterThan(11);
    expect(smallestClass(cases.slice(1))).toBeGreaterThanOrEqual(11);
  });

  it('gives the GT–MX secretariat its mechanism as CSV, XLSX and HTCDS, and the region to nobody but statisticians', async () => {
    const cookie = await demo.signIn('secretariat.gt-igm@demo.enlace.example');
    const mechanism = await gtMx(cookie);
    const query = `scope=MECHANISM&mechanismId=${mechanism.id}`;
    expect((await download(`/api/statistics/coordination.csv?${query}`, cookie)).length).toBeGreaterThan(100);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(`/api/statistics/htcds.xlsx?${query}`, cookie)) as never);
    expect(workbook.getWorksheet('cases')!.rowCount).toBeGreaterThan(11);
    const refused = await fetch(`${demo.api.url}/api/statistics/htcds.csv?scope=REGION`, { headers: { cookie } });
    expect(refused.status).toBe(403);
  });
}

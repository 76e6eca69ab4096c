import { AttachmentDownloadError, fetchAttachment } from './attachment-download';

/** What the attachment route answered, in turn. */
function attachmentRoute(answers: (() => Partial<Response>)[]) {
  const paths: string[] = [];
  Object.assign(globalThis, {
    fetch: jest.fn(async (path: string) => {
      paths.push(path);
      return answers.shift()!() as Response;
    }),
  });
  return paths;
}

const answer =
  (status: number, headers: Record<string, string> = {}) =>
  () => ({
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } as Headers,
    blob: async () => new Blob(['%PDF-1.7 acta'], { type: 'application/pdf' }),
  });
const dropped = () => {
  throw new TypeError('Failed to fetch');
};
const PATH = '/api/referrals/r-1/attachments/a-1';

describe('downloading an attachment over a flaky line', () => {
  it('asks again after a 503 and a dropped connection, waiting at least Retry-After, and returns the bytes', async () => {
    const paths = attachmentRoute([answer(503, { 'retry-after': '3' }), dropped, answer(200)]);
    const waits: number[] = [];
    const blob = await fetchAttachment(PATH, { wait: async (ms) => void waits.push(ms) });
    expect(blob.size).toBe(13);
    expect(paths).toEqual([PATH, PATH, PATH]);
    expect(waits[0]).toBeGreaterThanOrEqual(3000);
    expect(waits).toHaveLength(2);
  });

  it('gives up after the attempts with "connection interrupted", never saving the error page', async () => {
    attachmentRoute(Array.from({ length: 5 }, () => answer(503, { 'retry-after': '1' })));
    await expect(fetchAttachment(PATH, { wait: async () => undefined })).rejects.toEqual(
      new AttachmentDownloadError('error.serviceUnavailable'),
    );
  });

  it('does not repeat a refusal: a missing or forbidden file says so at once', async () => {
    const paths = attachmentRoute([answer(404)]);
    await expect(fetchAttachment(PATH, { wait: async () => undefined })).rejects.toMatchObject({
      messageKey: 'error.notFound',
    });
    expect(paths).toHaveLength(1);
  });
});

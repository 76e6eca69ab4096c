import { AttachmentUploadError, uploadAttachment } from './attachments';

/** What the attachment route answered, in turn; each request's headers are kept. */
function attachmentRoute(answers: (() => Partial<Response>)[]) {
  const requests: Record<string, string>[] = [];
  const fetchStub = jest.fn(async (_url: string, init: RequestInit) => {
    requests.push(init.headers as Record<string, string>);
    return answers.shift()!() as Response;
  });
  Object.assign(globalThis, { fetch: fetchStub });
  return requests;
}

const answer =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () => ({
    status,
    ok: status >= 200 && status < 300,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } as Headers,
    json: async () => body,
  });
const dropped = () => {
  throw new TypeError('Failed to fetch');
};

const pdf = () => new File(['%PDF-1.7 acta'], 'acta.pdf', { type: 'application/pdf' });
const stored = { id: 'a-1', fileName: 'acta.pdf', mediaType: 'application/pdf', sizeBytes: 13 };
const shed = answer(
  503,
  { code: 'SERVICE_UNAVAILABLE', messageKey: 'error.serviceUnavailable' },
  { 'retry-after': '2' },
);

describe('uploading an attachment over a flaky line', () => {
  it('repeats with the same Idempotency-Key after a 503 and a dropped connection, waiting at least Retry-After', async () => {
    const requests = attachmentRoute([shed, dropped, answer(201, stored)]);
    const waits: number[] = [];
    const uploaded = await uploadAttachment('r-1', pdf(), { wait: async (ms) => void waits.push(ms) });
    expect(uploaded).toEqual(stored);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((headers) => headers['idempotency-key'])).size).toBe(1);
    expect(requests[0]!['idempotency-key']).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(waits[0]).toBeGreaterThanOrEqual(2_000);
  });

  it('gives a new key to each file, and says "connection interrupted" when the server stays unavailable', async () => {
    const requests = attachmentRoute([answer(201, stored), shed, shed, shed, shed, shed]);
    await uploadAttachment('r-1', pdf(), { wait: async () => undefined });
    const failure = uploadAttachment('r-1', pdf(), { wait: async () => undefined });
    await expect(failure).rejects.toBeInstanceOf(AttachmentUploadError);
    await expect(failure).rejects.toMatchObject({ messageKey: 'error.serviceUnavailable' });
    expect(requests).toHaveLength(6);
    expect(requests[1]!['idempotency-key']).not.toBe(requests[0]!['idempotency-key']);
  });

  it('does not repeat a refusal', async () => {
    const requests = attachmentRoute([answer(400, { messageKey: 'error.attachment.typeNotAllowed' })]);
    await expect(uploadAttachment('r-1', pdf(), { wait: async () => undefined })).rejects.toMatchObject({
      messageKey: 'referrals.attachments.typeNotAllowed',
    });
    expect(requests).toHaveLength(1);
  });
});

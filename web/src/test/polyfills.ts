import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; React Router and Apollo use them.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

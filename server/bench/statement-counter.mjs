// Counts (and optionally records) every statement sent through node-postgres in this process: the ORM's
// pool and the bench's own clients use the same `pg` package, so wrapping Client#query sees them all.
import pg from 'pg';

const state = { count: 0, recording: null };
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, values, callback) {
  state.count += 1;
  if (state.recording) {
    const text = typeof config === 'string' ? config : config?.text;
    const params = Array.isArray(values) ? values : config?.values;
    state.recording.push({ text, values: params });
  }
  return original.call(this, config, values, callback);
};

export const statements = {
  reset: () => (state.count = 0),
  get count() {
    return state.count;
  },
  record: () => (state.recording = []),
  stopRecording: () => {
    const recorded = state.recording ?? [];
    state.recording = null;
    return recorded;
  },
};

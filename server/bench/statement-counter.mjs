// Counts (and optionally records) every statement sent through node-postgres in this process: the ORM's
// pool and the bench's own clients use the same `pg` package, so wrapping Client#query sees them all.
// The ORM may resolve another copy of `pg` than this script (pnpm keeps one per peer set): wrap each copy.
import { createRequire } from 'node:module';

const state = { count: 0, recording: null };
const here = createRequire(import.meta.url);
const knex = createRequire(createRequire(here.resolve('@mikro-orm/postgresql')).resolve('@mikro-orm/knex'));
const copies = new Set([here('pg'), createRequire(knex.resolve('knex'))('pg'), knex('pg')]);
for (const pg of copies) {
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
}

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

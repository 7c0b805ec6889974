// The `flags` family: feature flags kept in a Redis hash (one field per flag), as many
// applications read them. `flags.set` flips a flag; its undo puts back exactly the value this run
// replaced, or removes the flag if this run created it.
//
// This module is what `cutover validate` and `cutover plan` load (through cutover.config.json), so
// it holds only definitions: the Redis client is loaded by `./store` when a step runs.
import { defineFamily, defineKind, z } from 'cutover/kit';

const store = () => require('./store') as typeof import('./store');

// The descriptions are what editors show for the fields (`cutover schema`).
export const setParams = z.strictObject({
  target: z.string().min(1).describe('A flagstore target of the plan'),
  key: z.string().min(1).default('flags').describe('The Redis hash that holds the flags'),
  flag: z.string().regex(/^[A-Za-z0-9_.:-]+$/, 'a flag name is letters, digits and _ . : -').describe('The flag: a field of the hash'),
  value: z.string().describe('The new value, as text ("on", "42"); ${env:NAME} references are resolved on the worker'),
  journalTtl: z.number().int().min(60).default(7 * 24 * 3600).describe('Seconds the record of the previous value is kept for the undo'),
});
export type SetParams = z.infer<typeof setParams>;

export const setOutputs = z.object({
  key: z.string(),
  flag: z.string(),
  value: z.string(),
  /** What the flag held before this run set it; null when it did not exist. */
  previous: z.string().nullable(),
});
export type SetOutput = z.infer<typeof setOutputs>;

export const flags = defineFamily({
  name: 'flags',
  targets: {
    flagstore: {
      url: 'redis://[user:password@]host:port[/db] (rediss:// for TLS)',
      probe: (url, where) => store().probe(url, where),
    },
  },
  kinds: {
    'flags.set': defineKind({
      summary: 'set a feature flag',
      targets: ['flagstore'],
      params: setParams,
      outputs: setOutputs,
      describe: (p) => `${p.target}: ${p.key} ${p.flag} = ${JSON.stringify(p.value)}`,
      run: (input) => store().setFlag(input),
      undo: {
        summary: 'put the flag back as this run found it (removed if the run created it)',
        describe: (p) => `${p.key} ${p.flag}`,
        run: (input) => store().restoreFlag(input),
      },
    }),
  },
});

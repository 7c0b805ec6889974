// The rds family: snapshots with restore on rollback, instances and snapshot pruning on Amazon RDS
// (MySQL, PostgreSQL, Aurora). Region and endpoint come from the worker's environment.
import { defineFamily } from '../../kit/define';
import { rdsKinds } from './kinds';

export const rds = defineFamily({
  name: 'rds',
  kinds: rdsKinds,
  // Loaded on first use, like the kinds' implementations.
  doctor: { label: 'aws rds', probe: () => (require('./probe') as typeof import('./probe')).probeRds() },
});

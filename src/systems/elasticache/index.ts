// The elasticache family: Redis replication groups created or verified, and snapshots with restore
// on rollback, on Amazon ElastiCache. Region and endpoint come from the worker's environment.
import { defineFamily } from '../../kit/define';
import { elasticacheKinds } from './kinds';

export const elasticache = defineFamily({
  name: 'elasticache',
  kinds: elasticacheKinds,
  // Loaded on first use, like the kinds' implementations.
  doctor: { label: 'aws elasticache', probe: () => (require('./probe') as typeof import('./probe')).probeElastiCache() },
});

// The ecs family: blue/green deployments, scaling and services on Amazon ECS. Region and endpoint
// come from the worker's environment (the AWS SDK's own chain), so these steps name no target.
import { defineFamily } from '../../kit/define';
import { ecsKinds } from './kinds';

export const ecs = defineFamily({
  name: 'ecs',
  kinds: ecsKinds,
  // Loaded on first use, like the kinds' implementations.
  doctor: { label: 'aws ecs', probe: () => (require('./probe') as typeof import('./probe')).probeEcs() },
});

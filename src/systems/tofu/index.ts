// The tofu family: OpenTofu (or Terraform) configurations applied through saved plans, undone by
// putting the infrastructure back as it was (docs/tofu.md).
import { defineFamily } from '../../kit/define';
import { tofuKinds } from './kinds';

export const tofu = defineFamily({
  name: 'tofu',
  kinds: tofuKinds,
  // Loaded on first use, like the kinds' implementations.
  doctor: { label: 'tofu', probe: () => (require('./probe') as typeof import('./probe')).probeTofu() },
});

// The redis family: resumable, verified copies of keys, invalidation and warming of caches.
import { defineFamily } from '../../kit/define';
import { redisKinds } from './kinds';

const connection = () => require('./connection') as typeof import('./connection');

export const redis = defineFamily({
  name: 'redis',
  kinds: redisKinds,
  targets: {
    redis: { url: 'redis://[user:password@]host:port[/db] (rediss:// for TLS)', probe: (url, where) => connection().probeRedis(url, where) },
  },
});

// Redis steps: a resumable, verified copy of keys between targets (with its compensation), cache
// invalidation by pattern and cache warming. See docs/data-copies.md.
import { redisCopyKeys, redisCopyKeysUndo } from './redis/copy';
import { redisInvalidate } from './redis/invalidate';
import { redisWarm } from './redis/warm';

export const redisActivities = {
  'redis.copyKeys': redisCopyKeys,
  'redis.copyKeys.undo': redisCopyKeysUndo,
  'redis.invalidate': redisInvalidate,
  'redis.warm': redisWarm,
};

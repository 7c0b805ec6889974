// Redis steps: a resumable, verified copy of keys between targets (with its compensation), cache
// invalidation by pattern and cache warming. See docs/data-copies.md.
import { redisCopyKeys, redisCopyKeysUndo } from './copy';
import { redisInvalidate } from './invalidate';
import { redisWarm } from './warm';

export const redisActivities = {
  'redis.copyKeys': redisCopyKeys,
  'redis.copyKeys.undo': redisCopyKeysUndo,
  'redis.invalidate': redisInvalidate,
  'redis.warm': redisWarm,
};

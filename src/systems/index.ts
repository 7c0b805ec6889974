// The built-in families, one folder each. Adding a family: a folder that exports its
// `defineFamily(…)`, and one line here.
import type { FamilyDef } from '../kit/define';
import { core } from './core';
import { http } from './http';
import { mysql } from './mysql';
import { postgres } from './postgres';
import { redis } from './redis';
import { graph } from './graph';
import { ecs } from './ecs';
import { rds } from './rds';
import { tofu } from './tofu';
import { elasticache } from './elasticache';
import { exec } from './exec';
import { metrics } from './metrics';

export const BUILT_IN_FAMILIES: readonly FamilyDef[] = [core, http, mysql, postgres, redis, graph, ecs, rds, elasticache, metrics, exec, tofu];

// Every step kind cutover knows, by name. Each family lives in its own file.
import type { KindDef } from './define';
import { coreKinds } from './core';
import { mysqlKinds } from './mysql';
import { ecsKinds } from './ecs';
import { rdsKinds } from './rds';
import { graphKinds } from './graph';
import { dataKinds } from './data';

export const KINDS: Record<string, KindDef> = {
  ...coreKinds,
  ...mysqlKinds,
  ...ecsKinds,
  ...rdsKinds,
  ...graphKinds,
  ...dataKinds,
};

export const kindNames = () => Object.keys(KINDS).sort();

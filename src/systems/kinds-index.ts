// Every step kind cutover knows, by name. Each family lives in its own file.
import type { KindDef } from '../kit/define';
import { coreKinds } from './core/index';
import { mysqlKinds } from './mysql/index';
import { ecsKinds } from './ecs/kinds';
import { rdsKinds } from './rds/kinds';
import { graphKinds } from './graph/kinds';
import { dataKinds } from './redis/kinds';

export const KINDS: Record<string, KindDef> = {
  ...coreKinds,
  ...mysqlKinds,
  ...ecsKinds,
  ...rdsKinds,
  ...graphKinds,
  ...dataKinds,
};

export const kindNames = () => Object.keys(KINDS).sort();

// Every step kind cutover knows, by name. Each family lives in its own file.
import type { KindDef } from './define';
import { coreKinds } from './core';
import { mysqlKinds } from './mysql';

export const KINDS: Record<string, KindDef> = {
  ...coreKinds,
  ...mysqlKinds,
};

export const kindNames = () => Object.keys(KINDS).sort();

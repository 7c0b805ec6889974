// Every kind a plan may name has the activities the workflow will call, and nothing else is
// registered; every family's kinds and target kinds are in the registry.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { executionOf, undoActivityName } from '../../src/kit/define';
import { runnersOf } from '../../src/kit/runners';
import { allFamilies, allKinds, kindDef, registerFamily, targetKindNames } from '../../src/registry';

it('each activity kind has its run activity, and its undo activity when it has an undo', () => {
  const registered = new Set(Object.keys(runnersOf(allKinds())));
  const expected = new Set<string>();
  for (const [name, kind] of allKinds()) {
    if (executionOf(kind) !== 'activity') {
      assert.equal(kind.undo, undefined, `${name} runs in the workflow and has nothing to undo`);
      assert.equal(kind.run, undefined, `${name} runs in the workflow`);
      continue;
    }
    expected.add(name);
    if (kind.undo) expected.add(undoActivityName(name));
  }
  assert.deepEqual([...registered].sort(), [...expected].sort());
});

it("each family's kinds are named after the family (<family> or <family>.<verb>), and its target kinds are known to plans", () => {
  for (const f of allFamilies()) {
    for (const name of Object.keys(f.kinds)) {
      if (f.name !== 'core') assert.ok(name === f.name || name.startsWith(`${f.name}.`), `${name} belongs to family ${f.name}`);
      assert.equal(kindDef(name), f.kinds[name]);
    }
    for (const t of Object.keys(f.targets ?? {})) assert.ok(targetKindNames().includes(t));
  }
  assert.deepEqual(targetKindNames(), ['bolt', 'http', 'mysql', 'postgres', 'prometheus', 'redis']);
});

it('a family that names a kind or target kind already taken is refused', () => {
  const [, someKind] = allKinds()[0];
  assert.throws(() => registerFamily({ name: 'dup', kinds: { 'preflight.env': someKind } }), /kind preflight.env is already defined by family core/);
  assert.throws(() => registerFamily({ name: 'dup', kinds: {}, targets: { mysql: { url: 'x' } } }), /target kind mysql is already defined by family mysql/);
});

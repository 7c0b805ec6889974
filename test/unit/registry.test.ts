// Every kind a plan may name has the activities the workflow will call, and nothing else is registered.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { stepActivities } from '../../src/systems/activities-index';
import { KINDS } from '../../src/systems/kinds-index';
import { undoActivityName } from '../../src/kit/define';

it('each activity kind has its run activity, and its undo activity when it has an undo', () => {
  const registered = new Set(Object.keys(stepActivities));
  const expected = new Set<string>();
  for (const [name, kind] of Object.entries(KINDS)) {
    if (kind.execution !== 'activity') {
      assert.equal(kind.undo, undefined, `${name} runs in the workflow and has nothing to undo`);
      continue;
    }
    expected.add(name);
    if (kind.undo) expected.add(undoActivityName(name));
  }
  assert.deepEqual([...registered].sort(), [...expected].sort());
});

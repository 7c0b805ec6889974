// The exec family: one kind, `exec`, a command run on the worker (an escape hatch for the steps
// cutover does not ship: a script, a CLI, a Lambda invoked with the AWS CLI).
import { z } from 'zod';
import { defineFamily, defineKind } from '../../kit/define';
import { describeExec, execParams, showCommand } from './kinds';

// Implementations load on first use, so that `cutover validate` and `plan` never load them.
const impl = () => require('./exec') as typeof import('./exec');

export const exec = defineFamily({
  name: 'exec',
  kinds: {
    exec: defineKind({
      summary: 'run a command on the worker',
      params: execParams,
      // With `outputs: json-last-line`, the fields of the JSON object the command printed last.
      outputs: z.record(z.string(), z.unknown()),
      describe: describeExec,
      run: (i) => impl().execRun(i),
      undo: {
        summary: "run the step's undo command, with the step's outputs in its environment",
        when: (p) => p.undo !== undefined,
        describe: (p) => (p.undo ? showCommand(p.undo) : ''),
        run: (i) => impl().execUndo(i),
      },
    }),
  },
});

// tofu.apply in plans: its fields checked by `cutover validate` with their places, what `cutover
// plan` says it does, and references to its outputs from later steps.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainPlanJson } from '../../src/plan';
import { parse, problems } from './plan-fixtures';

const plan = (infra: string, later = '') => `name: infra
environment: staging
phases:
  provisionBase:
    - ${infra}
  migrateData:
    - { id: health, kind: http.check, url: "https://example.test/\${env:X}"${later} }
`;

describe('tofu.apply in a plan', () => {
  it('says what it would do, with its defaults', () => {
    const e = explainPlanJson(parse(plan('{ id: infra, kind: tofu.apply, dir: infra/base, vars: { region: eu-west-1, size: 3 } }')));
    assert.equal(
      e.steps[0].does,
      "apply an OpenTofu/Terraform configuration through a saved plan; outputs its non-sensitive outputs: tofu init, plan and apply the saved plan of infra/base in workspace <the plan's environment> with region, size; refuses a plan that destroys or replaces resources",
    );
    assert.match(e.steps[0].undo ?? '', /destroy the resources the apply created and apply the previous configuration and variables again/);
    const d = explainPlanJson(parse(plan('{ id: infra, kind: tofu.apply, dir: infra, workspace: blue, binary: terraform, allowDestroy: true }')));
    assert.match(d.steps[0].does, /terraform init, plan and apply the saved plan of infra in workspace blue; destroys and replacements allowed$/);
  });

  it('refuses bad fields at their place', () => {
    assert.deepEqual(problems(plan('{ id: infra, kind: tofu.apply, dir: infra, binary: pulumi, allowDestroy: "yes", workspace: "a/b" }')), [
      'p.yaml:5:58: step infra: binary: expected one of tofu, terraform, got "pulumi"',
      'p.yaml:5:80: step infra: allowDestroy: expected true or false, got "yes"',
      'p.yaml:5:98: step infra: workspace: expected a workspace name (letters, digits, _ . -)',
    ]);
    assert.deepEqual(problems(plan('{ id: infra, kind: tofu.apply }')), ['p.yaml:5:7: step infra: missing dir']);
  });

  it('lets later steps use its outputs (outputs.<name>, the summary), nothing else', () => {
    parse(plan('{ id: infra, kind: tofu.apply, dir: infra }', ', expectJson: { endpoint: "${steps.infra.outputs.cache_endpoint}", n: "${steps.infra.summary.add}" }'));
    const p = problems(plan('{ id: infra, kind: tofu.apply, dir: infra }', ', expectJson: { e: "${steps.infra.endpoint}" }'));
    assert.equal(p.length, 1);
    assert.match(p[0], /step health: \$\{steps\.infra\.endpoint\}: tofu\.apply has no output endpoint; it has workspace, applied, summary, outputs/);
  });
});

// Container secrets in ecs.blueGreen: `secrets:` (name → valueFrom ARN) merged into green's
// containers like `environment:`, a name moved between the two lists (ECS refuses one in both),
// `${secret:…}` refused where an ARN belongs, and `cutover plan --against`'s diff naming the ARN.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { ApplicationFailure } from '@temporalio/common';
import { greenInput } from '../../src/systems/ecs/task-definitions';
import { overrideDiff } from '../../src/systems/ecs/preview';
import { swapEntries } from '../../src/systems/ecs/swap';
import type { BlueGreenParams } from '../../src/systems/ecs/kinds';
import { parse, problems } from './plan-fixtures';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/cache-auth-AbCdEf';

const blue: TaskDefinition = {
  taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api:7',
  family: 'api',
  executionRoleArn: 'arn:aws:iam::123456789012:role/api-exec',
  containerDefinitions: [
    {
      name: 'app',
      image: 'registry.example/api:1.0.0',
      environment: [{ name: 'MODE', value: 'blue' }, { name: 'CACHE_TOKEN', value: 'plain-in-blue' }],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: `${ARN.replace('cache-auth', 'db')}:password::` }],
    },
    { name: 'sidecar', image: 'registry.example/proxy:1.0.0' },
  ],
};

const plan = (fields: string) => `name: ecs-secrets
environment: staging
phases:
  migrateData:
    - id: api
      kind: ecs.blueGreen
      cluster: shop
      service: api
${fields}
`;

describe('ecs.blueGreen container secrets', () => {
  it('merges the step’s and a container’s secrets over blue’s, keeping the ones blue had', () => {
    const p = parse(
      plan(`      secrets: { CACHE_TOKEN: "${ARN}:token::" }
      containers: { sidecar: { secrets: { PROXY_KEY: "arn:aws:ssm:eu-west-1:123456789012:parameter/proxy/key" } } }`),
    ).phases.migrateData[0].params as BlueGreenParams;
    const [{ overrides }] = swapEntries(p);
    const [app, sidecar] = greenInput(blue, overrides, [], 'step api').containerDefinitions!;
    assert.deepEqual(app.secrets, [
      { name: 'DB_PASSWORD', valueFrom: `${ARN.replace('cache-auth', 'db')}:password::` },
      { name: 'CACHE_TOKEN', valueFrom: `${ARN}:token::` },
    ]);
    // The plain variable of the same name leaves the environment: ECS refuses a name in both lists.
    assert.deepEqual(app.environment, [{ name: 'MODE', value: 'blue' }]);
    assert.deepEqual(sidecar.secrets, [
      { name: 'CACHE_TOKEN', valueFrom: `${ARN}:token::` },
      { name: 'PROXY_KEY', valueFrom: 'arn:aws:ssm:eu-west-1:123456789012:parameter/proxy/key' },
    ]);
    assert.equal(greenInput(blue, overrides, [], 'step api').executionRoleArn, blue.executionRoleArn, 'the execution role that reads them is blue’s');
  });

  it('a variable the plan sets takes the name out of blue’s secrets; no secrets given leaves blue’s as they are', () => {
    const [app] = greenInput(blue, { environment: { DB_PASSWORD: 'from-env' } }, [], 'step api').containerDefinitions!;
    assert.deepEqual(app.secrets, []);
    assert.deepEqual(app.environment?.find((e) => e.name === 'DB_PASSWORD'), { name: 'DB_PASSWORD', value: 'from-env' });
    const [same, side] = greenInput(blue, { image: 'registry.example/api:2.0.0' }, [], 'step api').containerDefinitions!;
    assert.deepEqual(same.secrets, blue.containerDefinitions![0].secrets);
    assert.equal(side.secrets, undefined);
  });

  it('a name given both as a variable and as a secret is a plan error naming the container', () => {
    assert.throws(
      () => greenInput(blue, { environment: { TOKEN: 'x' }, containers: { app: { secrets: { TOKEN: ARN } } } }, [], 'step api'),
      (err: unknown) => err instanceof ApplicationFailure && err.type === 'PlanError' && /step api: container app: TOKEN given both as an environment variable and as a secret/.test(err.message),
    );
  });

  it('cutover validate refuses a secret’s value where its ARN belongs', () => {
    const found = problems(plan('      secrets: { CACHE_TOKEN: "${secret:shop/cache-auth#token}" }'));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /^p\.yaml:9:\d+: .*valueFrom is the ARN of the secret \(ECS reads the value when a task starts\), not its value/);
    // An ARN from the environment or from an earlier step's output is fine.
    parse(plan('      secrets: { CACHE_TOKEN: "${env:CACHE_SECRET_ARN}:token::" }'));
  });

  it('the preview names each new secret by its ARN', () => {
    const diff = overrideDiff(blue, { secrets: { CACHE_TOKEN: `${ARN}:token::` } }, 'step api');
    assert.ok(diff.includes(`container app secret CACHE_TOKEN from ${ARN}:token:: (new)`), diff.join('\n'));
    assert.ok(diff.includes(`container sidecar secret CACHE_TOKEN from ${ARN}:token:: (new)`), diff.join('\n'));
  });
});

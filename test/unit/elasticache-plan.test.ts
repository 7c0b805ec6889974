// The elasticache kinds in a plan: their fields checked where they are written, the AUTH token only
// as a worker-side reference, their outputs usable by later steps (and the token never one of them),
// and what `cutover plan` says about them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainPlan } from '../../src/plan';
import { parse, problems } from './plan-fixtures';

const plan = (steps: string) => `name: cache
environment: staging
phases:
  provisionBase:
${steps}
`;

const good = plan(`    - id: cache
      kind: elasticache.ensureReplicationGroup
      group: app-cache
      nodeType: cache.t4g.small
      engineVersion: "7.1"
      replicas: 1
      authToken: "\${secret:cache/auth#token}"
    - id: snap
      kind: elasticache.snapshot
      group: "\${steps.cache.group}"
      restoreOnRollback: true
      authToken: "\${secret:cache/auth#token}"
    - { id: health, kind: http.check, url: "https://\${steps.cache.primaryEndpoint}:\${steps.cache.port}/" }`);

describe('elasticache kinds in a plan', () => {
  it('parse with their defaults; cutover plan shows what they do and the reference unresolved', () => {
    const p = parse(good);
    const [cache, snap] = p.phases.provisionBase;
    assert.deepEqual(cache.params.wait, { timeout: '60m', interval: '15s' });
    assert.equal(cache.params.authToken, '${secret:cache/auth#token}');
    assert.equal(snap.params.group, '${steps.cache.group}');
    const text = explainPlan(p);
    assert.match(text, /app-cache \(cache\.t4g\.small, Redis 7\.1, 1 replica, TLS, AUTH token from \$\{secret:cache\/auth#token\}\)/);
    assert.match(text, /undo: delete the replication group only if this run created it/);
    assert.match(text, /replication group \$\{steps\.cache\.group\} \(restored on rollback\)/);
  });

  it('bad fields are refused where they are written; a token written into the plan is refused', () => {
    assert.deepEqual(
      problems(
        plan(`    - id: cache
      kind: elasticache.ensureReplicationGroup
      group: App_Cache
      nodeType: t4g.small
    - { id: tok, kind: elasticache.ensureReplicationGroup, group: tok-cache, nodeType: cache.t4g.small, authToken: "plain-text-token-1234" }
    - { id: tls, kind: elasticache.ensureReplicationGroup, group: tls-cache, nodeType: cache.t4g.small, transitEncryption: false, authToken: "\${env:CACHE_TOKEN}" }
    - { id: ha, kind: elasticache.ensureReplicationGroup, group: ha-cache, nodeType: cache.t4g.small, automaticFailover: true }
    - { id: snap, kind: elasticache.snapshot, group: app-cache, cluster: sessions }
    - { id: snap2, kind: elasticache.snapshot, cluster: sessions, authToken: "\${env:CACHE_TOKEN}" }`),
      ),
      [
        'p.yaml:7:14: step cache: group: expected a replication group id (a lower-case letter, then lower-case letters, digits, single hyphens; at most 40)',
        'p.yaml:8:17: step cache: nodeType: expected a node type such as cache.t4g.micro',
        'p.yaml:9:116: step tok: authToken: give the token as a reference (${secret:NAME#key} or ${env:NAME}): a token written into the plan would be kept in workflow history',
        'p.yaml:10:142: step tls: authToken: an authToken needs transitEncryption (ElastiCache accepts AUTH only over TLS)',
        'p.yaml:11:122: step ha: automaticFailover: automaticFailover needs at least one replica',
        'p.yaml:12:7: step snap: give exactly one of group or cluster',
        'p.yaml:13:78: step snap2: authToken: authToken is only used by restoreOnRollback',
      ],
    );
  });

  it('later steps may use the declared outputs; the token is not one of them', () => {
    const text = plan(`    - { id: cache, kind: elasticache.ensureReplicationGroup, group: app-cache, nodeType: cache.t4g.small }
    - { id: leak, kind: http.check, url: "https://x/\${steps.cache.authToken}" }`);
    const [line] = problems(text);
    assert.match(line, /^p\.yaml:6:\d+: step leak: \$\{steps\.cache\.authToken\}: elasticache\.ensureReplicationGroup has no output authToken; it has group, created, arn, status, primaryEndpoint, readerEndpoint, port, /);
  });
});

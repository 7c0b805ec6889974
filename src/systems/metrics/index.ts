// The metrics family: analysis of PromQL queries against a Prometheus server (metrics.check, and
// the engine that ecs.blueGreen's bake uses), and the `prometheus` target kind.
import { defineFamily } from '../../kit/define';
import { metricsKinds } from './kinds';

export { analysisResult, analysisSpec, scheduleOf, type AnalysisSpec, type MetricSpec } from './kinds';

const prometheus = () => require('./prometheus') as typeof import('./prometheus');

export const metrics = defineFamily({
  name: 'metrics',
  kinds: metricsKinds,
  targets: {
    prometheus: {
      url: 'http(s)://[user:${env:PASSWORD}@]host:port[/path-prefix] (the Prometheus HTTP API base)',
      probe: (url, where) => prometheus().probePrometheus(url, where),
    },
  },
});

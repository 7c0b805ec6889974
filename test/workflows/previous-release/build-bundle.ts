// Builds the previous release's workflow bundle from a checkout of that release (its own
// node_modules, so the bundle holds the workflow SDK that release shipped with):
//   git worktree add --detach /work/prev-release <commit> && (cd /work/prev-release && npm install)
//   node --import tsx test/workflows/previous-release/build-bundle.ts /work/prev-release
// Run once per release; the output is committed (see README.md here).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

async function main() {
  const checkout = path.resolve(process.argv[2] ?? '');
  if (!process.argv[2] || !fs.existsSync(path.join(checkout, 'src/workflows'))) {
    throw new Error('usage: build-bundle.ts <checkout of the previous release>');
  }
  const commit = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  // The release's own bundler, resolved from its checkout; module ids relative to the checkout.
  process.chdir(checkout);
  const worker = require(require.resolve('@temporalio/worker', { paths: [checkout] })) as typeof import('@temporalio/worker');
  const { code } = await worker.bundleWorkflowCode({
    workflowsPath: path.join(checkout, 'src/workflows'),
    logger: new worker.DefaultLogger('WARN'),
  });
  // The inline source map (the worker requires one) keeps its mappings; its paths become relative
  // to the checkout and the sources' text is left out (it is that commit's tree).
  const at = code.lastIndexOf('//# sourceMappingURL=data:');
  const map = JSON.parse(Buffer.from(code.slice(code.indexOf('base64,', at) + 'base64,'.length).trim(), 'base64').toString()) as {
    file?: string;
    sources: string[];
    sourcesContent?: string[];
  };
  map.file = 'workflow-bundle.js';
  map.sources = map.sources.map((s) => (path.isAbsolute(s) ? path.relative(checkout, s) : s));
  delete map.sourcesContent;
  const stripped = `${code.slice(0, at)}//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
  const out = path.join(__dirname, 'workflow-bundle.js');
  fs.writeFileSync(out, `// cutover workflow bundle of commit ${commit} (built by build-bundle.ts; do not edit)\n${stripped}`);
  console.log(`wrote ${out} (${stripped.length} bytes) from ${commit}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

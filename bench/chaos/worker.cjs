// A campaign worker: cutover's worker from a frozen copy of dist/ (CHAOS_DIST, so that a rebuild
// in the shared tree cannot change the code under test mid-campaign) with the workflows bundled
// once (CHAOS_BUNDLE), so a restarted worker polls within a second or two. Killed with -9.
const dist = process.env.CHAOS_DIST;
const { createWorker, connectWorker } = require(`${dist}/src/worker.js`);
const { installRuntime } = require(`${dist}/src/logger.js`);
const { loadConfig } = require(`${dist}/src/config.js`);

(async () => {
  const config = loadConfig();
  installRuntime({});
  const connection = await connectWorker(config);
  const worker = await createWorker({ connection, config, workflowBundle: { codePath: process.env.CHAOS_BUNDLE } });
  console.log('worker polling');
  await worker.run();
  await connection.close();
})().catch((err) => {
  console.error(err);
  process.exit(1);
});

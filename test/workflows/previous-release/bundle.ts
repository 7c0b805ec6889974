// The previous release's workflow code, as a worker or a replayer loads it.
import path from 'node:path';

/** Built by build-bundle.ts from the commit named on the file's first line (README.md here). */
export const previousBundle = { codePath: path.join(__dirname, 'workflow-bundle.js') };

// Step kinds that need no target system of their own.
import { httpCheck } from '../http/check';
import { preflightEnv } from './preflight-env';

export const coreActivities = {
  'preflight.env': preflightEnv,
  'http.check': httpCheck,
};

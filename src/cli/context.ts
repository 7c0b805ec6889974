// What every command shares: who is acting, how to print, how to reach Temporal.
import os from 'node:os';
import type { Client } from '@temporalio/client';
import { connectClient } from '../client';
import { loadConfig } from '../config';

/** Recorded with starts and answers: CI's actor when there is one, else user@host. */
export function actor(): string {
  const env = process.env;
  return env.CUTOVER_ACTOR || (env.GITHUB_ACTOR ? `${env.GITHUB_ACTOR} (ci)` : `${os.userInfo().username}@${os.hostname()}`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** live board on a terminal, timestamped lines otherwise (CI), nothing with --json */
export function followMode(json: boolean | undefined): 'live' | 'lines' | 'quiet' {
  if (json) return 'quiet';
  return process.stdout.isTTY ? 'live' : 'lines';
}

let client: Promise<Client> | undefined;
export function getClient(): Promise<Client> {
  client ??= connectClient(loadConfig());
  return client;
}

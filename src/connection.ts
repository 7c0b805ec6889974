// Connection settings for Temporal (local, self-hosted with mTLS, or Temporal Cloud with an
// API key), from the config; shared by the client side and the worker.
import fs from 'node:fs';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow';
import type { Config } from './config';

export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig | boolean;
  apiKey?: string;
}

export function connectionOptions(config: Config): TemporalConnectionOptions {
  const { address, apiKey, tls } = config.temporal;
  if (!tls) return { address, apiKey, tls: apiKey ? true : undefined };
  const read = (p: string | undefined) => (p ? fs.readFileSync(p) : undefined);
  const crt = read(tls.clientCertPath);
  const key = read(tls.clientKeyPath);
  return {
    address,
    apiKey,
    tls: {
      serverNameOverride: tls.serverNameOverride,
      serverRootCACertificate: read(tls.serverRootCACertPath),
      clientCertPair: crt && key ? { crt, key } : undefined,
    },
  };
}

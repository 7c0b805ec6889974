// The postgres family (PostgreSQL, RDS and Aurora PostgreSQL): versioned schema migrations with
// transactional files and an advisory lock, and resumable, verified table copies with an exact undo.
import { defineFamily } from '../../kit/define';
import { postgresKinds } from './kinds';

const connection = () => require('./connection') as typeof import('./connection');

export const postgres = defineFamily({
  name: 'postgres',
  kinds: postgresKinds,
  targets: {
    postgres: {
      url: 'postgres://user:password@host:port/database[?sslmode=require] (or postgresql://)',
      probe: (url, where) => connection().probePostgres(url, where),
    },
  },
});

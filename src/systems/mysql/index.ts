// The mysql family (MySQL and MariaDB): versioned schema migrations with a crash-safe journal, and
// resumable, verified table copies with an exact undo.
import { defineFamily } from '../../kit/define';
import { mysqlKinds } from './kinds';

const connection = () => require('./connection') as typeof import('./connection');

export const mysql = defineFamily({
  name: 'mysql',
  kinds: mysqlKinds,
  targets: {
    mysql: { url: 'mysql://user:password@host:port/database', probe: (url) => connection().probeMysql(url) },
  },
});

// mysql.copyTable: a resumable, verified copy of a table between MySQL/MariaDB targets, and its
// compensation (see docs/data-copies.md).
import { mysqlCopyTable } from './copy/mysql-copy';
import { mysqlCopyTableUndo } from './copy/mysql-undo';

export const mysqlCopyActivities = {
  'mysql.copyTable': mysqlCopyTable,
  'mysql.copyTable.undo': mysqlCopyTableUndo,
};

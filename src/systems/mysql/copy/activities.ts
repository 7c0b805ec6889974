// mysql.copyTable: a resumable, verified copy of a table between MySQL/MariaDB targets, and its
// compensation (see docs/data-copies.md).
import { mysqlCopyTable } from './copy';
import { mysqlCopyTableUndo } from './undo';

export const mysqlCopyActivities = {
  'mysql.copyTable': mysqlCopyTable,
  'mysql.copyTable.undo': mysqlCopyTableUndo,
};

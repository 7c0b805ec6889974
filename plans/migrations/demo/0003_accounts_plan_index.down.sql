DROP INDEX accounts_plan ON accounts;

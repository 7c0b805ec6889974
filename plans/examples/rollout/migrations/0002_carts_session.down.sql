DROP INDEX carts_session;

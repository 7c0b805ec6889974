-- The new release looks carts up by session: one cart per session.
CREATE UNIQUE INDEX carts_session ON carts (session_id);

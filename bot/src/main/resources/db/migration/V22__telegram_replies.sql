-- A turn's replies go out after its commit. They are written here with the turn's changes and deleted once they
-- are out. While a chat has replies here, the outbox's messages to it wait, and so does its next update if another
-- instance handles it: each chat's answers keep their order. Replies left by an instance that died (claimed longer
-- ago than the lease) are sent by another.
CREATE TABLE telegram_replies (
    update_id  BIGINT      PRIMARY KEY,
    chat_id    BIGINT      NOT NULL,
    sender     VARCHAR(64) NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    replies    TEXT        NOT NULL
);
CREATE INDEX telegram_replies_chat ON telegram_replies (chat_id);
-- A row lives for milliseconds and the table holds a few at a time. Analyzing it after every 50 changes (the default)
-- only made PostgreSQL plan again every statement that reads it (each handling's claim among them) on every
-- connection; its statistics never change enough to matter.
ALTER TABLE telegram_replies SET (autovacuum_analyze_threshold = 2000000000, autovacuum_analyze_scale_factor = 0);

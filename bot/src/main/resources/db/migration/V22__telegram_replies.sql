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

-- The running instances, so they can share the bot's one message budget at Telegram (see SenderRoster).
CREATE TABLE telegram_senders (
    instance_id VARCHAR(64) PRIMARY KEY,
    seen_at     TIMESTAMPTZ NOT NULL
);

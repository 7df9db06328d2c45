-- Outgoing Telegram messages written in the same transaction as the change that causes them, and delivered after
-- the commit by whichever instance claims them first (so a crash right after the commit loses nothing).

CREATE TABLE telegram_outbox (
    id            BIGSERIAL PRIMARY KEY,
    chat_id       BIGINT       NOT NULL,
    method        VARCHAR(32)  NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    not_before    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts      INT          NOT NULL DEFAULT 0,
    claimed_by    VARCHAR(64),
    claimed_until TIMESTAMPTZ,
    sent_at       TIMESTAMPTZ,
    dropped_at    TIMESTAMPTZ,
    last_error    VARCHAR(255)
);
-- Pending rows per chat in order: the claim takes only the oldest pending row of each chat.
CREATE INDEX telegram_outbox_pending ON telegram_outbox (chat_id, id) WHERE sent_at IS NULL AND dropped_at IS NULL;
CREATE INDEX telegram_outbox_sent_at ON telegram_outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Set when Telegram says the user cannot be reached (they blocked the bot); cleared when they write again.
ALTER TABLE users ADD COLUMN unreachable_since TIMESTAMPTZ;

-- A turn's replies go out after its commit. The inbox keeps them with the turn's changes until they are out (so an
-- instance that dies in between leaves them for another to send), and records who handled each update and when its
-- replies were out, so that the chat's next update, if another instance receives it, waits until they are: one
-- chat's answers arrive in order whichever instance handles it.
ALTER TABLE telegram_updates ADD COLUMN handled_by  VARCHAR(64);
ALTER TABLE telegram_updates ADD COLUMN answered_at TIMESTAMPTZ;
ALTER TABLE telegram_updates ADD COLUMN replies     TEXT;
UPDATE telegram_updates SET answered_at = handled_at WHERE handled_at IS NOT NULL;
-- Updates handled and not answered yet, by chat: what the claim of a chat's next update looks at.
CREATE INDEX telegram_updates_chat_unanswered ON telegram_updates (chat_id)
    WHERE answered_at IS NULL AND handled_at IS NOT NULL;

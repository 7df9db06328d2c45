-- Each chat's unhandled updates are handled oldest first, whichever instance received them:
-- finding a chat's oldest unhandled update must not scan the whole backlog.
CREATE INDEX telegram_updates_chat_pending ON telegram_updates (chat_id, update_id) WHERE handled_at IS NULL;

-- The outbox claim walks pending rows in the order they fall due and stops at the first few that are free and head
-- their chat; it no longer sorts every pending row per chat on each claim (with 10,000 waiting, that sort took long
-- enough to hold the sender below Telegram's rate). The same index answers "when is the next one due".
CREATE INDEX telegram_outbox_queue ON telegram_outbox (not_before, id) WHERE sent_at IS NULL AND dropped_at IS NULL;

-- The planned reminders and follow-up of each confirmed session, one row per message (name "remind-1440",
-- "remind-60", "follow-up"). A booking writes its rows in its own transaction (one statement) instead of three Quartz
-- jobs (about 22 statements and Quartz's trigger bookkeeping); one clustered Quartz job, "session-notices", sends
-- what has come due. attempt counts tries of a message that could not be queued.
CREATE TABLE session_notices (
    booking_id   BIGINT      NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    name         VARCHAR(40) NOT NULL,
    lead_minutes INT,
    starts_at    TIMESTAMPTZ NOT NULL,
    attempt      INT         NOT NULL,
    due_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (booking_id, name)
);
CREATE INDEX session_notices_due ON session_notices (due_at);

-- The Google Meet link of each booking, once told to both sides: a later rewrite of the same event
-- (a reschedule) does not send the link again unless it changed.
CREATE TABLE booking_meet_links (
    booking_id BIGINT PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
    link       VARCHAR(500) NOT NULL,
    told_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The web app's notice feed: one row per thing a person is told about a booking (a new booking, a cancellation, a
-- move, a released hold). No text: it is written when read, in the reader's language and zone, from the booking.
CREATE TABLE notices (
    id         BIGSERIAL PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       VARCHAR(32) NOT NULL,
    booking_id BIGINT      NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    read_at    TIMESTAMPTZ
);

-- The feed, newest first; and the unread count.
CREATE INDEX notices_by_account ON notices (account_id, id DESC);
CREATE INDEX notices_unread ON notices (account_id, id) WHERE read_at IS NULL;

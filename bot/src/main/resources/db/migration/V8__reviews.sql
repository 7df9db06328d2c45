-- Reminders and follow-ups: one row per booking and kind, written before the message goes out, so a job that fires
-- twice sends once. sent_at stays NULL while a claim is being delivered.
CREATE TABLE reminders_sent (
    booking_id BIGINT      NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    kind       VARCHAR(32) NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at    TIMESTAMPTZ,
    PRIMARY KEY (booking_id, kind)
);

-- One review per completed booking; the mentor may answer once.
CREATE TABLE reviews (
    id         BIGSERIAL PRIMARY KEY,
    booking_id BIGINT      NOT NULL UNIQUE REFERENCES bookings (id) ON DELETE CASCADE,
    mentor_id  BIGINT      NOT NULL REFERENCES users (id),
    student_id BIGINT      NOT NULL REFERENCES users (id),
    stars      SMALLINT    NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment    VARCHAR(1000),
    reply      VARCHAR(1000),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    replied_at TIMESTAMPTZ
);

CREATE INDEX reviews_mentor_created ON reviews (mentor_id, created_at DESC);

-- The ground schema: accounts, mentor profiles, slots, bookings, the Telegram update inbox and
-- persisted conversations. All times are timestamptz (stored in UTC).

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE users (
    id             BIGSERIAL PRIMARY KEY,
    telegram_id    BIGINT UNIQUE,          -- NULL once the account is erased
    chat_id        BIGINT,
    first_name     VARCHAR(128),
    last_name      VARCHAR(128),
    username       VARCHAR(64),
    language       VARCHAR(8)   NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    is_mentor      BOOLEAN      NOT NULL DEFAULT FALSE,
    is_admin       BOOLEAN      NOT NULL DEFAULT FALSE,
    email          VARCHAR(254),
    email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
    paused         BOOLEAN      NOT NULL DEFAULT FALSE,
    deleted        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_seen_at   TIMESTAMPTZ
);

CREATE TABLE mentor_profiles (
    user_id         BIGINT PRIMARY KEY REFERENCES users (id),
    headline        VARCHAR(120),
    bio             TEXT,
    photo_file_id   VARCHAR(255),
    topics          TEXT[]       NOT NULL DEFAULT '{}',
    price_minor     BIGINT       NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
    currency        CHAR(3)      NOT NULL DEFAULT 'UAH',
    session_minutes INT          NOT NULL DEFAULT 60 CHECK (session_minutes BETWEEN 10 AND 480),
    listed          BOOLEAN      NOT NULL DEFAULT FALSE,
    rating_avg      NUMERIC(3, 2),
    rating_count    INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE slots (
    id         BIGSERIAL PRIMARY KEY,
    mentor_id  BIGINT      NOT NULL REFERENCES users (id),
    starts_at  TIMESTAMPTZ NOT NULL,
    ends_at    TIMESTAMPTZ NOT NULL,
    status     VARCHAR(16) NOT NULL DEFAULT 'FREE'
        CHECK (status IN ('FREE', 'BOOKED', 'BLOCKED', 'CANCELLED')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT slots_end_after_start CHECK (ends_at > starts_at),
    -- A mentor can never have two live slots that overlap, whatever the application does.
    CONSTRAINT slots_no_overlap EXCLUDE USING gist (
        mentor_id WITH =, tstzrange(starts_at, ends_at) WITH &&
    ) WHERE (status <> 'CANCELLED')
);
CREATE INDEX slots_mentor_starts ON slots (mentor_id, starts_at);
CREATE INDEX slots_free_starts ON slots (starts_at) WHERE status = 'FREE';

CREATE TABLE bookings (
    id            BIGSERIAL PRIMARY KEY,
    slot_id       BIGINT       NOT NULL REFERENCES slots (id),
    student_id    BIGINT       NOT NULL REFERENCES users (id),
    status        VARCHAR(20)  NOT NULL
        CHECK (status IN ('PENDING_PAYMENT', 'CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    note          VARCHAR(1000),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    confirmed_at  TIMESTAMPTZ,
    hold_until    TIMESTAMPTZ,
    cancelled_at  TIMESTAMPTZ,
    cancelled_by  BIGINT REFERENCES users (id),
    cancel_reason VARCHAR(500),
    completed_at  TIMESTAMPTZ
);
-- Two students can never hold the same slot: at most one active booking per slot.
CREATE UNIQUE INDEX bookings_one_active_per_slot ON bookings (slot_id)
    WHERE status IN ('PENDING_PAYMENT', 'CONFIRMED');
CREATE INDEX bookings_student ON bookings (student_id, created_at);

-- Update inbox: every update is stored before it is handled, keyed by Telegram's update_id,
-- so a redelivered update is recognised and never applied twice.
CREATE TABLE telegram_updates (
    update_id   BIGINT PRIMARY KEY,
    chat_id     BIGINT,
    payload     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    handled_at  TIMESTAMPTZ,
    attempts    INT         NOT NULL DEFAULT 0
);
CREATE INDEX telegram_updates_pending ON telegram_updates (update_id) WHERE handled_at IS NULL;

-- The dialog a chat is in, so a restart (or another instance) continues it.
CREATE TABLE conversations (
    chat_id    BIGINT PRIMARY KEY,
    dialog     VARCHAR(64) NOT NULL,
    step       VARCHAR(64) NOT NULL,
    draft      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

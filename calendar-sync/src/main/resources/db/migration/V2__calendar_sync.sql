-- calendar-sync: mentors' Google Calendar connections, OAuth consent states, mirrored events and the
-- durable queue of calendar writes. Owner ids are the bot's user ids, kept opaque on purpose (no
-- foreign key): this library must not know the bot's tables.

CREATE TABLE calendar_connections (
    owner_id      BIGINT PRIMARY KEY,
    account_email VARCHAR(254),
    -- AES-GCM: 12-byte IV followed by ciphertext and tag; the key lives only in the environment.
    refresh_token BYTEA       NOT NULL,
    status        VARCHAR(16) NOT NULL CHECK (status IN ('CONNECTED', 'BROKEN')),
    connected_at  TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- One row per consent attempt: single use (used_at) and short-lived (expires_at).
CREATE TABLE calendar_oauth_states (
    state         VARCHAR(64) PRIMARY KEY,
    owner_id      BIGINT      NOT NULL,
    code_verifier VARCHAR(128) NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    used_at       TIMESTAMPTZ
);
CREATE INDEX calendar_oauth_states_expires ON calendar_oauth_states (expires_at);

-- The caller's event key (e.g. "booking-42") -> the Google event it became.
CREATE TABLE calendar_events (
    owner_id        BIGINT       NOT NULL,
    event_key       VARCHAR(200) NOT NULL,
    google_event_id VARCHAR(1024) NOT NULL,
    etag            VARCHAR(200),
    meet_link       VARCHAR(500),
    updated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (owner_id, event_key)
);

-- Writes to Google wait here until they succeed. A row is deleted only once Google has the result;
-- due_at doubles as the lease of a worker that claimed the row and as the backoff after a failure.
CREATE TABLE calendar_sync_tasks (
    id             BIGSERIAL PRIMARY KEY,
    owner_id       BIGINT       NOT NULL,
    event_key      VARCHAR(200) NOT NULL,
    kind           VARCHAR(8)   NOT NULL CHECK (kind IN ('UPSERT', 'DELETE')),
    title          VARCHAR(1024),
    description    TEXT,
    starts_at      TIMESTAMPTZ,
    ends_at        TIMESTAMPTZ,
    attendee_email VARCHAR(254),
    want_meet_link BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts       INT          NOT NULL DEFAULT 0,
    due_at         TIMESTAMPTZ  NOT NULL,
    last_error     TEXT,
    created_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT calendar_sync_tasks_upsert_has_times
        CHECK (kind = 'DELETE' OR (starts_at IS NOT NULL AND ends_at > starts_at))
);
-- "Oldest task of this key" is the question every claim asks.
CREATE INDEX calendar_sync_tasks_key ON calendar_sync_tasks (owner_id, event_key, id);
CREATE INDEX calendar_sync_tasks_due ON calendar_sync_tasks (due_at);

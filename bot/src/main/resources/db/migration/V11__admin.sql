-- Admin tooling: an audit log of every admin action, temporary admin grants and blocked users.

CREATE TABLE admin_audit (
    id       BIGSERIAL PRIMARY KEY,
    admin_id BIGINT       REFERENCES users (id),
    action   VARCHAR(32)  NOT NULL,
    target   VARCHAR(128),
    before   TEXT,
    after    TEXT,
    at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX admin_audit_at ON admin_audit (at);

-- A temporary admin stays one until admin_until; the configured ADMIN_TELEGRAM_IDS are admins for good.
ALTER TABLE users
    ADD COLUMN admin_until TIMESTAMPTZ,
    ADD COLUMN blocked     BOOLEAN NOT NULL DEFAULT FALSE;

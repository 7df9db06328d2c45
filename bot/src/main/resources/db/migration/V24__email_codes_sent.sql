-- Every verification code e-mailed in the last hour, to limit how many go to one address and over the whole platform
-- (shared by all instances). The address is kept only as a SHA-256 of its lower-cased form; rows older than an hour
-- are deleted as new codes are asked for.
CREATE TABLE email_codes_sent (
    id           BIGSERIAL   PRIMARY KEY,
    address_hash CHAR(64)    NOT NULL,
    user_id      BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    sent_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX email_codes_sent_address ON email_codes_sent (address_hash, sent_at);
CREATE INDEX email_codes_sent_time ON email_codes_sent (sent_at);

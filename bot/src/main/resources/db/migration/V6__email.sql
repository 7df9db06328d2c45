-- E-mail verification: the one pending code of each account. The code itself is never stored, only a salted
-- SHA-256 of it; a row lives until the code is used, runs out of tries, expires or a new code replaces it.

CREATE TABLE email_verifications (
    user_id    BIGINT       PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    email      VARCHAR(254) NOT NULL,
    code_salt  VARCHAR(32)  NOT NULL,
    code_hash  VARCHAR(64)  NOT NULL,
    attempts   INT          NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    sent_at    TIMESTAMPTZ  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL
);

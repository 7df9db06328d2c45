-- Ways into an account besides Telegram: a Google or GitHub identity (the provider's stable subject id), linked to
-- one account. An account made by such a sign-in has no Telegram id and no chat (users.telegram_id and chat_id are
-- nullable already): it is told things by e-mail and in the web app, never in Telegram.
CREATE TABLE identities (
    id         bigserial PRIMARY KEY,
    provider   varchar(16)  NOT NULL CHECK (provider IN ('GOOGLE', 'GITHUB')),
    subject    varchar(255) NOT NULL,
    user_id    bigint       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email      varchar(254),
    created_at timestamptz  NOT NULL,
    CONSTRAINT identities_one_owner UNIQUE (provider, subject),
    CONSTRAINT identities_one_per_provider UNIQUE (user_id, provider)
);

-- A browser's sign-in (or linking) under way: the state sent to the provider, stored as its SHA-256 hash with the
-- PKCE verifier, where to send the browser back and, when linking, the account asking. Used once, short-lived.
CREATE TABLE oauth_states (
    state_hash    bytea PRIMARY KEY,
    provider      varchar(16)   NOT NULL,
    code_verifier varchar(128)  NOT NULL,
    callback_uri  varchar(2048) NOT NULL,
    redirect      varchar(2048) NOT NULL,
    link_user_id  bigint REFERENCES users (id) ON DELETE CASCADE,
    expires_at    timestamptz   NOT NULL
);
CREATE INDEX oauth_states_expiry ON oauth_states (expires_at);

-- The one-time code handed to the web app after a provider's sign-in (in the redirect's fragment), exchanged once for
-- the token pair. Stored as its SHA-256 hash; lives a minute.
CREATE TABLE sign_in_codes (
    code_hash  bytea PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    newcomer   boolean     NOT NULL,
    expires_at timestamptz NOT NULL
);

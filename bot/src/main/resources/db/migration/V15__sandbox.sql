-- Sandbox mode (no bot token) writes one row here when it seeds its demo platform into an empty database.
-- Only such a database may be wiped by the sandbox's reset button or used from its web chat: a sandbox
-- started by mistake on a real database must leave real people's data alone.
CREATE TABLE sandbox_demo (
    id        BOOLEAN     PRIMARY KEY DEFAULT true CHECK (id),
    seeded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Applications to become a mentor, decided by an admin (or approved at once when approval is off).
CREATE TABLE mentor_applications (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES users (id),
    topics      TEXT[]       NOT NULL,
    headline    VARCHAR(120) NOT NULL,
    bio         TEXT         NOT NULL,
    status      VARCHAR(16)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    reason      VARCHAR(500),
    decided_by  BIGINT REFERENCES users (id),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    decided_at  TIMESTAMPTZ
);
-- One open application per person.
CREATE UNIQUE INDEX mentor_applications_one_pending ON mentor_applications (user_id) WHERE status = 'PENDING';

-- /stats reads running counters kept by triggers instead of counting large tables: the numbers are
-- exact (maintained in the same transaction as each change) and cheap to read. Counter rows are
-- sharded by backend so concurrent writers rarely wait on the same row.

CREATE TABLE stats_counters (
    name  VARCHAR(40) NOT NULL,
    shard SMALLINT    NOT NULL,
    value BIGINT      NOT NULL,
    PRIMARY KEY (name, shard)
);

CREATE TABLE stats_mentor_sessions (
    mentor_id BIGINT PRIMARY KEY,
    sessions  BIGINT NOT NULL
);
CREATE INDEX stats_mentor_sessions_top ON stats_mentor_sessions (sessions DESC);

-- Hourly buckets: new users and new bookings by the hour they were made, free slots by the hour they
-- start. Recent figures and "free from now on" sum a few hundred rows instead of scanning tables.
CREATE TABLE stats_hourly (
    metric VARCHAR(20) NOT NULL,
    hour   TIMESTAMPTZ NOT NULL,
    shard  SMALLINT    NOT NULL,
    value  BIGINT      NOT NULL,
    PRIMARY KEY (metric, hour, shard)
);

CREATE FUNCTION stats_bump(counter TEXT, delta BIGINT) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO stats_counters (name, shard, value) VALUES (counter, pg_backend_pid() % 16, delta)
    ON CONFLICT (name, shard) DO UPDATE SET value = stats_counters.value + excluded.value
$$;

CREATE FUNCTION stats_hour_bump(counter TEXT, at TIMESTAMPTZ, delta BIGINT) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO stats_hourly (metric, hour, shard, value)
    VALUES (counter, date_trunc('hour', at, 'UTC'), pg_backend_pid() % 16, delta)
    ON CONFLICT (metric, hour, shard) DO UPDATE SET value = stats_hourly.value + excluded.value
$$;

CREATE FUNCTION stats_mentor_bump(mentor BIGINT, delta BIGINT) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO stats_mentor_sessions (mentor_id, sessions) VALUES (mentor, delta)
    ON CONFLICT (mentor_id) DO UPDATE SET sessions = stats_mentor_sessions.sessions + excluded.sessions
$$;

-- users: active accounts and active mentors
CREATE FUNCTION stats_users() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD.deleted THEN
        PERFORM stats_bump('users', -1);
        PERFORM stats_hour_bump('users', OLD.created_at, -1);
        IF OLD.is_mentor THEN PERFORM stats_bump('mentors', -1); END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW.deleted THEN
        PERFORM stats_bump('users', 1);
        PERFORM stats_hour_bump('users', NEW.created_at, 1);
        IF NEW.is_mentor THEN PERFORM stats_bump('mentors', 1); END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER users_stats_rows AFTER INSERT OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION stats_users();
CREATE TRIGGER users_stats_changes AFTER UPDATE ON users FOR EACH ROW
    WHEN (OLD.deleted IS DISTINCT FROM NEW.deleted OR OLD.is_mentor IS DISTINCT FROM NEW.is_mentor
          OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION stats_users();

-- slots: all slots ever created, and slots per status
CREATE FUNCTION stats_slots() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM stats_bump('slots:' || OLD.status, -1);
        IF OLD.status = 'FREE' THEN PERFORM stats_hour_bump('free_slots', OLD.starts_at, -1); END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM stats_bump('slots:' || NEW.status, 1);
        IF NEW.status = 'FREE' THEN PERFORM stats_hour_bump('free_slots', NEW.starts_at, 1); END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN PERFORM stats_bump('slots', 1); END IF;
    IF TG_OP = 'DELETE' THEN PERFORM stats_bump('slots', -1); END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER slots_stats_rows AFTER INSERT OR DELETE ON slots FOR EACH ROW EXECUTE FUNCTION stats_slots();
CREATE TRIGGER slots_stats_changes AFTER UPDATE ON slots FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at)
    EXECUTE FUNCTION stats_slots();

-- bookings: per status, and sessions (confirmed or held) per mentor
CREATE FUNCTION stats_bookings() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM stats_bump('bookings:' || OLD.status, -1);
        PERFORM stats_hour_bump('bookings', OLD.created_at, -1);
        IF OLD.status IN ('CONFIRMED', 'COMPLETED') THEN
            PERFORM stats_mentor_bump((SELECT mentor_id FROM slots WHERE id = OLD.slot_id), -1);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM stats_bump('bookings:' || NEW.status, 1);
        PERFORM stats_hour_bump('bookings', NEW.created_at, 1);
        IF NEW.status IN ('CONFIRMED', 'COMPLETED') THEN
            PERFORM stats_mentor_bump((SELECT mentor_id FROM slots WHERE id = NEW.slot_id), 1);
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER bookings_stats_rows AFTER INSERT OR DELETE ON bookings FOR EACH ROW
    EXECUTE FUNCTION stats_bookings();
CREATE TRIGGER bookings_stats_changes AFTER UPDATE ON bookings FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.slot_id IS DISTINCT FROM NEW.slot_id
          OR OLD.created_at IS DISTINCT FROM NEW.created_at)
    EXECUTE FUNCTION stats_bookings();

-- TRUNCATE skips row triggers: start the affected counters again from zero.
CREATE FUNCTION stats_truncated() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'users' THEN
        DELETE FROM stats_counters WHERE name IN ('users', 'mentors');
        DELETE FROM stats_hourly WHERE metric = 'users';
    ELSIF TG_TABLE_NAME = 'slots' THEN
        DELETE FROM stats_counters WHERE name = 'slots' OR name LIKE 'slots:%';
        DELETE FROM stats_hourly WHERE metric = 'free_slots';
    ELSIF TG_TABLE_NAME = 'bookings' THEN
        DELETE FROM stats_counters WHERE name LIKE 'bookings:%';
        DELETE FROM stats_hourly WHERE metric = 'bookings';
        DELETE FROM stats_mentor_sessions;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER users_stats_truncate AFTER TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION stats_truncated();
CREATE TRIGGER slots_stats_truncate AFTER TRUNCATE ON slots FOR EACH STATEMENT EXECUTE FUNCTION stats_truncated();
CREATE TRIGGER bookings_stats_truncate AFTER TRUNCATE ON bookings FOR EACH STATEMENT
    EXECUTE FUNCTION stats_truncated();

-- Recounts everything from the tables: used below to start, and after bulk loads made with triggers off.
CREATE FUNCTION stats_recount() RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM stats_counters;
    DELETE FROM stats_mentor_sessions;
    DELETE FROM stats_hourly;
    INSERT INTO stats_hourly (metric, hour, shard, value)
    SELECT 'users', date_trunc('hour', created_at, 'UTC'), 0, count(*) FROM users WHERE NOT deleted GROUP BY 2
    UNION ALL SELECT 'bookings', date_trunc('hour', created_at, 'UTC'), 0, count(*) FROM bookings GROUP BY 2
    UNION ALL SELECT 'free_slots', date_trunc('hour', starts_at, 'UTC'), 0, count(*) FROM slots
               WHERE status = 'FREE' GROUP BY 2;
    INSERT INTO stats_counters (name, shard, value)
    SELECT 'users', 0, count(*) FROM users WHERE NOT deleted
    UNION ALL SELECT 'mentors', 0, count(*) FROM users WHERE NOT deleted AND is_mentor
    UNION ALL SELECT 'slots', 0, count(*) FROM slots
    UNION ALL SELECT 'slots:' || status, 0, count(*) FROM slots GROUP BY status
    UNION ALL SELECT 'bookings:' || status, 0, count(*) FROM bookings GROUP BY status;
    INSERT INTO stats_mentor_sessions (mentor_id, sessions)
    SELECT s.mentor_id, count(*) FROM bookings b JOIN slots s ON s.id = b.slot_id
     WHERE b.status IN ('CONFIRMED', 'COMPLETED') GROUP BY s.mentor_id;
$$;

SELECT stats_recount();

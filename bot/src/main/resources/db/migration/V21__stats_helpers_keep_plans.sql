-- The counters' helpers in PL/pgSQL instead of SQL. PostgreSQL keeps the plan of a LANGUAGE sql function's body only
-- while the statement that called it runs, so every call from a trigger parsed and planned its INSERT ... ON CONFLICT
-- again: eight times for every booking (the booking's, the slot's and a new user's counters). A PL/pgSQL function
-- keeps its statement's plan for the connection's lifetime. Same statements, same results.

CREATE OR REPLACE FUNCTION stats_bump(counter TEXT, delta BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_counters (name, shard, value) VALUES (counter, pg_backend_pid() % 16, delta)
    ON CONFLICT (name, shard) DO UPDATE SET value = stats_counters.value + excluded.value;
END $$;

CREATE OR REPLACE FUNCTION stats_hour_bump(counter TEXT, at TIMESTAMPTZ, delta BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_hourly (metric, hour, shard, value)
    VALUES (counter, date_trunc('hour', at, 'UTC'), pg_backend_pid() % 16, delta)
    ON CONFLICT (metric, hour, shard) DO UPDATE SET value = stats_hourly.value + excluded.value;
END $$;

CREATE OR REPLACE FUNCTION stats_mentor_bump(mentor BIGINT, delta BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stats_mentor_sessions (mentor_id, sessions) VALUES (mentor, delta)
    ON CONFLICT (mentor_id) DO UPDATE SET sessions = stats_mentor_sessions.sessions + excluded.sessions;
END $$;

package io.mentorbot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One real embedded PostgreSQL per test JVM, started on first use and stopped when the JVM exits. */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /**
     * A database of its own in the same server, for tests that run their own application instances and must not
     * share the inbox or data of the shared test application.
     */
    public static synchronized String jdbcUrl(String database) {
        jdbcUrl();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (Boolean.getBoolean("bench.pgStatements")) {
                    // per-statement figures for a benchmark run (pg_stat_statements ships with the server)
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                    builder.setServerConfig("pg_stat_statements.track_planning", "on");
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}

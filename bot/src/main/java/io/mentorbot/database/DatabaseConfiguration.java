package io.mentorbot.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: the PostgreSQL named by {@code DATABASE_URL}, or, without it, an embedded
 * PostgreSQL whose data stays under {@code ./data/postgres} so a restart keeps everything.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mentorbot");
        config.setMaximumPoolSize(settings.maxPoolSize());
        if (settings.embedded()) {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(settings.embeddedDir());
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
            HikariDataSource dataSource = new EmbeddedBackedDataSource(config, embedded);
            return dataSource;
        }
        PostgresUrl url = PostgresUrl.parse(settings.url(), settings.username(), settings.password());
        config.setJdbcUrl(url.jdbcUrl());
        if (url.username() != null) {
            config.setUsername(url.username());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        log.info("Database: PostgreSQL at {}", url.jdbcUrl().replaceAll("\\?.*", ""));
        return new HikariDataSource(config);
    }

    /** Stops the embedded server after the pool is closed. */
    private static final class EmbeddedBackedDataSource extends HikariDataSource {
        private final EmbeddedDatabase embedded;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedDatabase embedded) {
            super(config);
            this.embedded = embedded;
        }

        @Override
        public void close() {
            super.close();
            embedded.close();
        }
    }

    /** An embedded PostgreSQL with a persistent data directory. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {

        static EmbeddedDatabase start(Path dataDir) throws IOException {
            Path dir = dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            log.info("Database: no DATABASE_URL set, starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // Stopped by the data source, after the pool: the library's own hook stopped the server while
                    // the application was still shutting down, and the last writes waited for a connection.
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedDatabase(postgres);
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}

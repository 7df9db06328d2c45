package io.mentorbot.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: the PostgreSQL named by {@code DATABASE_URL}, or, without it, an embedded
 * PostgreSQL whose data stays under {@code ./data/postgres} so a restart keeps everything ({@link EmbeddedDatabase}).
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
            config.setUsername(EmbeddedDatabase.USER);
            config.setPassword(embedded.password());
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
}

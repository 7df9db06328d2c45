package io.mentorbot.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param url          a PostgreSQL URL ({@code jdbc:postgresql://host/db} or {@code postgres://user:pass@host/db});
 *                     blank means "run an embedded PostgreSQL"
 * @param username     user for {@code url} (when the URL carries none)
 * @param password     password for {@code url}
 * @param embeddedDir  data directory of the embedded PostgreSQL, kept between runs
 * @param maxPoolSize  connection pool size
 */
@ConfigurationProperties("mentorbot.database")
public record DatabaseSettings(String url, String username, String password, Path embeddedDir, Integer maxPoolSize) {

    public DatabaseSettings {
        embeddedDir = embeddedDir == null ? Path.of("data", "postgres") : embeddedDir;
        maxPoolSize = maxPoolSize == null ? 20 : maxPoolSize;
    }

    boolean embedded() {
        return url == null || url.isBlank();
    }
}

package io.mentorbot.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL with a persistent data directory, run as a database that holds real data: every connection
 * needs the password (SCRAM), and commits are durable ({@code fsync} and {@code synchronous_commit} on; the library
 * turns both off for throwaway test databases).
 *
 * <p>The password is made on the first start and kept in {@value #PASSWORD_FILE} beside the data directory, readable
 * by its owner only. The library always initialises a data directory with "trust"; a directory in that state (just
 * made, or made by an older version of MentorBot) is secured at its start: the server first admits its superuser from
 * loopback only, gets the password, and then requires it of every connection.
 */
record EmbeddedDatabase(EmbeddedPostgres postgres, String password) implements AutoCloseable {

    static final String PASSWORD_FILE = "postgres-password";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SECURED = """
            # Written by MentorBot: every connection needs the password (kept in ../%s).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """.formatted(PASSWORD_FILE);
    /** For the one start that sets the password: the superuser from loopback, no one else, no other way. */
    private static final String SECURING = """
            # Written by MentorBot while it sets the password; replaced once it is set.
            host    postgres   postgres   127.0.0.1/32   trust
            host    postgres   postgres   ::1/128        trust
            """;

    static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath();
        Files.createDirectories(dir);
        Path hba = dir.resolve("pg_hba.conf");
        boolean secured = secured(hba);
        String password = password(dir.resolveSibling(PASSWORD_FILE), secured, dir);
        log.info("Database: no DATABASE_URL set, starting embedded PostgreSQL with data in {}", dir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Stopped by the data source, after the pool: the library's own hook stopped the server while
                // the application was still shutting down, and the last writes waited for a connection.
                .setRegisterShutdownHook(false)
                // Durable commits: the library starts the server with -F (no fsync) and synchronous_commit=off;
                // a later setting wins, so these turn both back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(data -> {
                    if (!secured) {
                        write(hba, SECURING);
                    }
                })
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
        if (!secured) {
            database.secure(hba);
        }
        return database;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, USER);
    }

    int port() {
        return postgres.getPort();
    }

    /** Gives the superuser the password, then requires it of every connection from now on. */
    private void secure(Path hba) {
        try (Connection connection = withoutPassword().getConnection();
             Statement statement = connection.createStatement()) {
            // Hashed here: the password itself never travels to the server or its log.
            connection.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), "scram-sha-256");
            write(hba, SECURED);
            statement.execute("SELECT pg_reload_conf()");
            awaitPasswordRequired();
        } catch (SQLException | RuntimeException e) {
            close();
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password", e);
        }
        log.info("Database: the embedded PostgreSQL now requires its password (kept in {})",
                hba.getParent().resolveSibling(PASSWORD_FILE));
    }

    /** Whether the data directory exists and admits no one without a password ("trust" is what the library writes). */
    private static boolean secured(Path hba) throws IOException {
        return Files.exists(hba) && Files.readAllLines(hba).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .noneMatch(line -> line.matches(".*\\strust(\\s.*)?"));
    }

    /** The server rereads its rules on a signal, a moment later: it runs only once they turned a guest away. */
    private void awaitPasswordRequired() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            try (Connection guest = withoutPassword().getConnection()) {
                Thread.sleep(20); // still admitted: the new rules are not read yet
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL still admits connections without its password");
    }

    private PGSimpleDataSource withoutPassword() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[]{"localhost"});
        source.setPortNumbers(new int[]{postgres.getPort()});
        source.setDatabaseName(USER);
        source.setUser(USER);
        return source;
    }

    /** The kept password, or a new one for a directory that has none yet. */
    private static String password(Path file, boolean secured, Path dir) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        if (secured) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dir + " needs its password from " + file
                    + ", which is missing. Put the file back, or move " + dir + " away to start with an empty "
                    + "database.");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // a file system without POSIX permissions (Windows): the directory's own apply
        } catch (FileAlreadyExistsException e) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.writeString(file, password, StandardCharsets.UTF_8);
        return password;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[port=" + postgres.getPort() + "]"; // never the password
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

package io.mentorbot.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL as the application starts it without DATABASE_URL: password required on every connection,
 * commits durable, and the data directory of an older version (made with "trust") secured without losing its data.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void aNewDataDirectoryGetsAPasswordOnlyItsOwnerReadsAndAdmitsNoOneWithoutIt() throws Exception {
        Path dir = data.resolve("postgres");
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir)) {
            password = database.password();
            Path file = data.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertThat(Files.readString(file)).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(database.toString()).doesNotContain(password);

            assertThatThrownBy(() -> connect(database, null).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("no password was provided");
            assertThatThrownBy(() -> connect(database, "guess").close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection connection = connect(database, password)) {
                assertThat(show(connection, "fsync")).isEqualTo("on");
                assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(count(connection, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> "
                        + "'scram-sha-256' OR error IS NOT NULL")).isZero();
                assertThat(count(connection, "SELECT count(*) FROM pg_hba_file_rules")).isEqualTo(3);
            }
        }

        try (EmbeddedDatabase again = EmbeddedDatabase.start(dir); Connection connection = connect(again, password)) {
            assertThat(again.password()).as("the second start").isEqualTo(password);
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThatThrownBy(() -> connect(again, null).close()).isInstanceOf(SQLException.class);
        }

        Files.delete(data.resolve(EmbeddedDatabase.PASSWORD_FILE));
        assertThatThrownBy(() -> EmbeddedDatabase.start(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs its password from " + data.resolve(EmbeddedDatabase.PASSWORD_FILE))
                .hasMessageContaining("Put the file back");
    }

    @Test
    void aDataDirectoryAnOlderVersionLeftOnTrustIsSecuredAndKeepsItsData() throws Exception {
        Path dir = data.resolve("postgres");
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection connection = older.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (what text); INSERT INTO kept VALUES ('a booking')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir)) {
            assertThatThrownBy(() -> connect(database, null).close()).isInstanceOf(SQLException.class);
            try (Connection connection = connect(database, database.password())) {
                assertThat(count(connection, "SELECT count(*) FROM kept")).isOne();
                assertThat(count(connection, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust'"))
                        .isZero();
                assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            }
        }
    }

    private static Connection connect(EmbeddedDatabase database, String password) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[]{"localhost"});
        source.setPortNumbers(new int[]{database.port()});
        source.setDatabaseName("postgres");
        source.setUser("postgres");
        if (password != null) {
            source.setPassword(password);
        }
        return source.getConnection();
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package io.mentorbot.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresUrlTest {

    @Test
    void aJdbcUrlIsTakenAsItIsWithSeparateCredentials() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://db:5432/mentorbot", "bot", "secret"))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:5432/mentorbot", "bot", "secret"));
    }

    @Test
    void aLibpqUrlCarriesItsOwnCredentials() {
        assertThat(PostgresUrl.parse("postgres://bot:p%40ss@db/mentorbot?sslmode=require", null, null))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:5432/mentorbot?sslmode=require", "bot", "p@ss"));
    }

    @Test
    void anythingElseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://db/x", null, null))
                .hasMessageContaining("DATABASE_URL must start with");
    }
}

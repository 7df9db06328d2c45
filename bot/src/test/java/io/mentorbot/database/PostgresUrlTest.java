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

    @Test
    void aPlusInTheUserNameOrPasswordStaysAPlus() {
        assertThat(PostgresUrl.parse("postgresql://bot+ops:a+b%2Bc%20d@db:6543/mentorbot", null, null))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:6543/mentorbot", "bot+ops", "a+b+c d"));
    }

    @Test
    void percentEncodedUtf8IsDecoded() {
        assertThat(PostgresUrl.parse("postgres://bot:%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C@db/x", null, null).password())
                .isEqualTo("пароль");
    }

    @Test
    void aUrlWithoutAHostIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres:///mentorbot", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATABASE_URL names no host");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://bot:secret@/mentorbot", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DATABASE_URL names no host")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aBrokenUrlIsRefusedWithoutQuotingThePassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://bot:se cret@db/x", null, null))
                .hasMessageContaining("DATABASE_URL is not a valid URL").hasMessageNotContaining("se cret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgres://bot:100%@db/x", null, null))
                .hasMessageContaining("DATABASE_URL").hasMessageNotContaining("100");
    }
}

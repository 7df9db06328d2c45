package io.mentorbot.accounts;

import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Names are set on the platform only for accounts without Telegram; a Telegram account's follow Telegram. */
class AccountRenameTest extends BotFlowTest {

    @Autowired
    AccountDesk accounts;

    @Test
    void anAccountWithoutTelegramIsRenamedAndABlankNameBecomesNone() {
        long id = jdbc.sql("INSERT INTO users (first_name, language, time_zone) VALUES ('Old', 'EN', 'Europe/Kyiv') "
                + "RETURNING id").query(Long.class).single();

        assertThat(accounts.rename(id, "  Olena ", " ")).isPresent();

        assertThat(jdbc.sql("SELECT first_name FROM users WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Olena");
        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND last_name IS NULL", id)).isOne();
    }

    @Test
    void aTelegramAccountKeepsTelegramsNames() {
        long id = jdbc.sql("INSERT INTO users (telegram_id, first_name, language, time_zone) "
                + "VALUES (4402, 'Anna', 'EN', 'Europe/Kyiv') RETURNING id").query(Long.class).single();

        assertThat(accounts.rename(id, "Queen", null)).isEmpty();

        assertThat(count("SELECT count(*) FROM users WHERE id = ? AND first_name = 'Anna'", id)).isOne();
    }
}

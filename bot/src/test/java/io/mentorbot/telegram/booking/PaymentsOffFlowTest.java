package io.mentorbot.telegram.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.AppInstance;
import io.mentorbot.support.BotFlowTest;
import io.mentorbot.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real bot (with a token, not the sandbox) and no PAYMENTS_PROVIDER: nobody can pay, so nothing may be priced or
 * held for a payment. Runs its own application, on its own Bot API and database.
 */
class PaymentsOffFlowTest {

    private static BotApiEmulator telegram;
    private static ConfigurableApplicationContext app;
    private static JdbcClient jdbc;

    @BeforeAll
    static void aBotWithoutAPaymentProvider() {
        telegram = BotApiEmulator.start("778:no-payments-token");
        app = AppInstance.start(telegram, TestDatabase.jdbcUrl("payments_off"), "--mentorbot.payments.provider=",
                "--mentorbot.telegram.poll-timeout=1s");
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        app.close();
        telegram.close();
    }

    @Test
    void aMentorCannotSetAPaidPriceAndIsToldWhy() {
        SimulatedUser iryna = mentor(811, "Iryna", 0);
        send(iryna, "/profile");
        press(iryna, "💰 Price");

        BotMessage refused = send(iryna, "450 UAH");

        assertThat(refused.text()).isEqualTo("Paid sessions need a payment provider, and none is set up on this"
                + " platform, so your sessions stay free. Send 0 to keep them free, or press Cancel.");
        assertThat(price(811)).isZero();
        assertThat(send(iryna, "0").text()).startsWith("Saved ✅");
    }

    @Test
    void aPaidMentorsTimeIsBookedAsFreeWithoutAPayButton() {
        mentor(812, "Petro", 50_000);
        Instant at = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        long slot = jdbc.sql("INSERT INTO slots (mentor_id, starts_at, ends_at) VALUES (?, ?, ?) RETURNING id")
                .params(userId(812), java.sql.Timestamp.from(at),
                        java.sql.Timestamp.from(at.plus(Duration.ofHours(1))))
                .query(Long.class).single();
        SimulatedUser john = telegram.user(912, "John", "en");
        BotMessage start = send(john, "/start");

        handled(john.pressData(start.messageId(), "v1:cb:" + slot));

        BotMessage booked = john.chat().messages().get(john.chat().messages().size() - 2);
        assertThat(booked.text()).startsWith("Booked! ✅");
        assertThat(john.chat().messages()).noneMatch(message -> message.buttonTexts().contains("💳 Pay"));
        assertThat(jdbc.sql("SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'"
                + " AND price_minor = 0 AND hold_until IS NULL").param(slot).query(Long.class).single()).isOne();
    }

    @Test
    void aPaidMentorsPriceIsShownAsFreeBecauseNothingIsCharged() {
        mentor(813, "Olena", 70_000);
        SimulatedUser john = telegram.user(913, "John", "en");

        BotMessage card = send(john, "/start m_" + userId(813));

        assertThat(card.text()).contains("Olena").contains("free").doesNotContain("700");
    }

    private SimulatedUser mentor(long telegramId, String name, long priceMinor) {
        SimulatedUser mentor = telegram.user(telegramId, name, "en");
        send(mentor, "/start");
        jdbc.sql("UPDATE users SET is_mentor = true WHERE telegram_id = ?").param(telegramId).update();
        jdbc.sql("INSERT INTO mentor_profiles (user_id, headline, topics, listed, price_minor, currency)"
                        + " VALUES (?, 'Mentor', '{programming}', true, ?, 'UAH')")
                .params(userId(telegramId), priceMinor).update();
        return mentor;
    }

    private long userId(long telegramId) {
        return jdbc.sql("SELECT id FROM users WHERE telegram_id = ?").param(telegramId).query(Long.class).single();
    }

    private long price(long telegramId) {
        return jdbc.sql("SELECT price_minor FROM mentor_profiles WHERE user_id = ?").param(userId(telegramId))
                .query(Long.class).single();
    }

    private BotMessage send(SimulatedUser user, String text) {
        handled(user.sendText(text));
        return user.chat().last();
    }

    private void press(SimulatedUser user, String button) {
        handled(user.press(button));
    }

    private void handled(long updateId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc
                .sql("SELECT count(*) FROM telegram_updates u WHERE update_id = ? AND " + BotFlowTest.ANSWERED)
                .param(updateId).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM telegram_outbox WHERE sent_at IS NULL AND dropped_at IS NULL")
                .query(Long.class).single() == 0);
    }
}

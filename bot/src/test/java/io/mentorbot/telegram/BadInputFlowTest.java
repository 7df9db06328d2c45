package io.mentorbot.telegram;

import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputFlowTest extends BotFlowTest {

    @Test
    void anUnknownCommandGetsAHelpfulReply() {
        BotMessage reply = send(user(301, "John", "en"), "/teleport now");

        assertThat(reply.text()).contains("I don't know the command /teleport").contains("/help");
        assertThat(reply.buttonTexts()).contains("📅 Book a consultation");
    }

    @Test
    void freeTextOutsideADialogGetsTheMenuNotSilence() {
        BotMessage reply = send(user(302, "Олена", "uk"), "привіт");

        assertThat(reply.text()).contains("Я розумію команди й кнопки");
        assertThat(reply.buttonTexts()).hasSize(3);
    }

    @Test
    void anOverLongMessageIsRefusedAndTheDialogKeepsItsStep() {
        SimulatedUser john = user(303, "John", "en");
        send(john, "/timezone");

        BotMessage reply = send(john, "x".repeat(5000));

        assertThat(reply.text()).contains("too long: 5,000 characters, the limit is 4,096");
        assertThat(count("SELECT count(*) FROM conversations WHERE chat_id = 303 AND step = 'ASK_ZONE'")).isOne();
        assertThat(send(john, "Europe/Berlin").text()).startsWith("Your time zone is now Europe/Berlin");
    }

    @Test
    void anUnknownCallbackPayloadIsAnsweredAndChangesNothing() {
        SimulatedUser john = user(304, "John", "en");
        BotMessage start = send(john, "/start");
        int messages = john.chat().messages().size();

        CallbackAnswer bogus = pressData(john, start.messageId(), "v1:teleport:42");
        CallbackAnswer garbage = pressData(john, start.messageId(), "'; DROP TABLE users; --");
        CallbackAnswer badArgument = pressData(john, start.messageId(), "v1:tz:Mars/Olympus");

        for (CallbackAnswer answer : new CallbackAnswer[] {bogus, garbage, badArgument}) {
            assertThat(answer.text()).isEqualTo("This button is no longer valid. Send /start to begin again.");
            assertThat(answer.showAlert()).isTrue();
        }
        assertThat(john.chat().messages()).hasSize(messages);
        assertThat(count("SELECT count(*) FROM users WHERE telegram_id = 304 AND time_zone = 'Europe/Kyiv'")).isOne();
    }

    @Test
    void aForgedButtonForAnotherUsersAccountIsRefused() {
        SimulatedUser victim = user(305, "Victim", "en");
        SimulatedUser attacker = user(306, "Mallory", "en");
        send(victim, "/deleteme");
        long victimAccount = count("SELECT id FROM users WHERE telegram_id = 305");
        BotMessage attackerMessage = send(attacker, "/start");

        CallbackAnswer answer = pressData(attacker, attackerMessage.messageId(), "v1:erase:" + victimAccount);

        assertThat(answer.text()).isEqualTo("This button isn't yours: nothing was changed.");
        assertThat(count("SELECT count(*) FROM users WHERE NOT deleted AND telegram_id IN (305, 306)")).isEqualTo(2);
    }

    @Test
    void aRedeliveredUpdateIsAppliedOnce() {
        SimulatedUser john = user(307, "John", "en");
        long first = john.sendText("/start");
        awaitHandled(first);

        telegram.redeliver(first);
        send(john, "/help"); // sent after the redelivery: once it is handled, the redelivery was seen too

        assertThat(john.chat().messages()).extracting(BotMessage::text)
                .filteredOn(text -> text.startsWith("Hi, John!")).hasSize(1);
        assertThat(count("SELECT count(*) FROM telegram_updates WHERE update_id = ?", first)).isOne();
    }
}

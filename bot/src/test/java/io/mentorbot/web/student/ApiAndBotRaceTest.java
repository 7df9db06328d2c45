package io.mentorbot.web.student;

import java.util.List;

import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import io.mentorbot.support.Api.Answer;
import org.junit.jupiter.api.Test;

import static io.mentorbot.support.AtOnce.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

/** One core, two front ends: a booking through the API and one through the bot race for one time. */
class ApiAndBotRaceTest extends StudentApiFixture {

    private static final int ROUNDS = 6;

    @Test
    void aBookingThroughTheApiAndOneThroughTheBotRaceForOneSlotAndExactlyOneWins() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long contested = slotAt("2027-03-2" + (round % 3 + 1) + "T0" + (round / 3 + 6) + ":00:00Z");
            String web = signIn(20_000 + round, "Web" + round);
            SimulatedUser chat = user(30_000 + round, "Chat" + round, "en");
            long start = send(chat, "/start").messageId();

            List<Object> results = atOnce(() -> book(web, contested),
                    () -> chat.pressData(start, "v1:cb:" + contested));

            Answer api = (Answer) results.get(0);
            long press = (Long) results.get(1);
            awaitHandled(press);
            CallbackAnswer bot = chat.chat().answerFor(press).orElseThrow();
            assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ? AND status = 'CONFIRMED'", contested))
                    .as("round %d", round).isOne();
            assertThat(count("SELECT count(*) FROM bookings WHERE slot_id = ?", contested)).isOne();
            if (api.status() == 201) {
                assertThat(bot.text()).startsWith("Sorry, this time was just booked by someone else.");
            } else {
                assertThat(api.status()).isEqualTo(409);
                assertThat(api.text("type")).isEqualTo("/problems/slot-taken");
                assertThat(count("SELECT count(*) FROM bookings b JOIN users u ON u.id = b.student_id "
                        + "WHERE b.slot_id = ? AND u.telegram_id = ?", contested, 30_000 + round)).isOne();
            }
        }
    }
}

package io.mentorbot.telegram.intake;

import java.time.Duration;

import io.mentorbot.support.BotFlowTest;
import io.mentorbot.telegram.IntakeSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox keeps what users wrote only as long as needed: updates handled more than TELEGRAM_INBOX_KEEP ago are
 * forgotten, unhandled ones never, and the newest stored update always stays, since polling continues after it.
 */
class InboxRetentionTest extends BotFlowTest {

    @Autowired
    UpdateIntake intake;

    @Autowired
    IntakeSettings settings;

    @Test
    void updatesHandledLongAgoAreForgottenButNotTheNewestNorUnhandledOnes() {
        jdbc.sql("DELETE FROM telegram_updates").update();
        stored(900_001, "now() - interval '3 days'");
        stored(900_002, "now() - interval '25 hours'");
        stored(900_003, null); // never handled: its handling is still owed
        stored(900_004, "now() - interval '1 hour'");
        stored(900_005, "now() - interval '2 days'"); // the newest: the poll offset continues after it

        intake.forgetHandled();

        assertThat(jdbc.sql("SELECT update_id FROM telegram_updates ORDER BY update_id").query(Long.class).list())
                .containsExactly(900_003L, 900_004L, 900_005L);
    }

    @Test
    void byDefaultAHandledUpdateIsKeptADay() {
        assertThat(settings.keepHandled()).isEqualTo(Duration.ofHours(24));
    }

    private void stored(long updateId, String handledAt) {
        jdbc.sql("INSERT INTO telegram_updates (update_id, chat_id, payload, handled_at) VALUES (?, 1, '{}', "
                + (handledAt == null ? "NULL" : handledAt) + ")").param(updateId).update();
    }
}

package io.mentorbot.telegram.intake;

import java.time.Duration;
import java.util.List;

import io.mentorbot.telegram.IntakeSettings;
import io.mentorbot.telegram.intake.IntakeBudget.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each chat's budget for incoming updates: 5 a second with bursts of 20, and at most 50 queued. */
class IntakeBudgetTest {

    private static final long CHAT = 42;
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final IntakeBudget budget = new IntakeBudget(new IntakeSettings(null, null, null, List.of(), null, null,
            5.0, 20, 50));

    @Test
    void aChatMaySendItsBurstAtOnceAndThenItsRate() {
        long now = 1_000 * SECOND;
        for (int i = 0; i < 20; i++) {
            assertThat(budget.admit(CHAT, now)).isEqualTo(Verdict.ADMITTED);
        }
        assertThat(budget.admit(CHAT, now)).isEqualTo(Verdict.DROPPED_TELL);

        long later = now + SECOND; // five more have come due
        for (int i = 0; i < 5; i++) {
            assertThat(budget.admit(CHAT, later)).isEqualTo(Verdict.ADMITTED);
        }
        assertThat(budget.admit(CHAT, later)).isEqualTo(Verdict.DROPPED);
    }

    @Test
    void anotherChatHasItsOwnBudget() {
        long now = 1_000 * SECOND;
        for (int i = 0; i < 21; i++) {
            budget.admit(CHAT, now);
        }
        assertThat(budget.admit(CHAT + 1, now)).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void aChatIsToldToSlowDownAtMostOnceAMinute() {
        long now = 1_000 * SECOND;
        for (int i = 0; i < 20; i++) {
            budget.admit(CHAT, now);
        }
        assertThat(budget.admit(CHAT, now)).isEqualTo(Verdict.DROPPED_TELL);
        assertThat(budget.admit(CHAT, now + 100)).isEqualTo(Verdict.DROPPED);
        long halfAMinuteOn = now + 30 * SECOND;
        for (int i = 0; i < 20; i++) {
            budget.admit(CHAT, halfAMinuteOn);
        }
        assertThat(budget.admit(CHAT, halfAMinuteOn)).isEqualTo(Verdict.DROPPED);
        long aMinuteOn = now + 60 * SECOND;
        for (int i = 0; i < 20; i++) {
            budget.admit(CHAT, aMinuteOn);
        }
        assertThat(budget.admit(CHAT, aMinuteOn)).isEqualTo(Verdict.DROPPED_TELL);
    }

    @Test
    void aChatWithFiftyUpdatesQueuedIsTurnedAwayWhateverItsRate() {
        long now = 1_000 * SECOND;
        for (int i = 0; i < 50; i++) {
            budget.queued(CHAT); // swept or resumed updates count too
        }
        assertThat(budget.admit(CHAT, now)).isEqualTo(Verdict.DROPPED_TELL);

        budget.finished(CHAT);
        assertThat(budget.admit(CHAT, now)).isEqualTo(Verdict.ADMITTED);
    }
}

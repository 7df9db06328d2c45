package io.mentorbot.slots;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import io.mentorbot.slots.SlotPlanningException.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests refused as a whole: the mentor is told why, and nothing is created. */
class SlotPlanningRefusalsTest extends SlotFixtures {

    private static final LocalDate DAY = LocalDate.of(2030, 2, 6);
    private static final Set<DayOfWeek> MON_WED = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);

    private SlotPlanner planner;
    private long mentor;

    @BeforeEach
    void aMentorOnAFixedDay() {
        planner = plannerAt(NOW);
        mentor = mentor(100);
    }

    @AfterEach
    void nothingWasCreated() {
        assertThat(count("SELECT count(*) FROM slots")).isZero();
    }

    @Test
    void aRangeMustEndAfterItStarts() {
        assertRefused(() -> planner.plan(range(60, LocalTime.of(20, 0), LocalTime.of(18, 0))),
                Problem.END_NOT_AFTER_START, LocalTime.of(20, 0), LocalTime.of(18, 0));
        assertRefused(() -> planner.plan(range(60, LocalTime.of(18, 0), LocalTime.of(18, 0))),
                Problem.END_NOT_AFTER_START, LocalTime.of(18, 0), LocalTime.of(18, 0));
        assertRefused(() -> planner.plan(weekly(MON_WED, LocalTime.of(20, 0), LocalTime.of(18, 0), 4)),
                Problem.END_NOT_AFTER_START, LocalTime.of(20, 0), LocalTime.of(18, 0));
    }

    @Test
    void aRangeShorterThanOneSessionIsRefused() {
        assertRefused(() -> planner.plan(range(60, LocalTime.of(18, 0), LocalTime.of(18, 59))),
                Problem.RANGE_SHORTER_THAN_SESSION, 60);
    }

    @Test
    void aSingleSessionInThePastIsRefused() {
        assertRefused(() -> planner.plan(
                        SlotRequest.single(mentor, KYIV, 60, LocalDate.of(2020, 5, 5), LocalTime.of(18, 0))),
                Problem.IN_PAST);
    }

    @Test
    void aSingleSessionThatHasJustStartedCountsAsPast() {
        assertRefused(() -> planner.plan(SlotRequest.single(mentor, KYIV, 60, LocalDate.of(2030, 1, 15),
                LocalTime.of(10, 30))), Problem.IN_PAST);
    }

    @Test
    void aRecurrenceWhollyInThePastIsRefused() {
        assertRefused(() -> planner.plan(SlotRequest.weekly(mentor, KYIV, 60, MON_WED, LocalTime.of(18, 0),
                LocalTime.of(20, 0), LocalDate.of(2020, 3, 2), 4)), Problem.IN_PAST);
    }

    @Test
    void sessionsBeyondTheHorizonAreRefused() {
        LocalDate lastDay = LocalDate.of(2031, 1, 15);
        assertRefused(() -> planner.plan(
                        SlotRequest.single(mentor, KYIV, 60, LocalDate.of(2031, 2, 1), LocalTime.of(18, 0))),
                Problem.BEYOND_HORIZON, lastDay);
        // A recurrence that starts within the horizon but runs past it is refused as a whole.
        assertRefused(() -> planner.plan(SlotRequest.weekly(mentor, KYIV, 60, MON_WED, LocalTime.of(18, 0),
                LocalTime.of(20, 0), LocalDate.of(2030, 12, 23), 8)), Problem.BEYOND_HORIZON, lastDay);
    }

    @Test
    void moreSessionsThanAllowedInOneRequestAreRefused() {
        // Every day for 15 weeks, two sessions a day: 210 sessions, the limit is 200.
        assertRefused(() -> planner.plan(weekly(EnumSet.allOf(DayOfWeek.class), LocalTime.of(18, 0),
                LocalTime.of(20, 0), 15)), Problem.TOO_MANY_SESSIONS, 210, 200);
    }

    @Test
    void aRecurrenceNeedsAWeekday() {
        assertRefused(() -> planner.plan(weekly(Set.of(), LocalTime.of(18, 0), LocalTime.of(20, 0), 4)),
                Problem.NO_WEEKDAY);
    }

    @Test
    void aRecurrenceRunsOneToFiftyTwoWeeks() {
        assertRefused(() -> planner.plan(weekly(MON_WED, LocalTime.of(18, 0), LocalTime.of(20, 0), 0)),
                Problem.WEEKS_OUT_OF_RANGE, 1, 52);
        assertRefused(() -> planner.plan(weekly(MON_WED, LocalTime.of(18, 0), LocalTime.of(20, 0), 53)),
                Problem.WEEKS_OUT_OF_RANGE, 1, 52);
    }

    @Test
    void aSessionLastsTenMinutesToEightHours() {
        assertRefused(() -> planner.plan(range(9, LocalTime.of(18, 0), LocalTime.of(20, 0))),
                Problem.SESSION_LENGTH_OUT_OF_RANGE, 10, 480);
        assertRefused(() -> planner.plan(range(481, LocalTime.of(8, 0), LocalTime.of(20, 0))),
                Problem.SESSION_LENGTH_OUT_OF_RANGE, 10, 480);
    }

    @Test
    void onlyMentorsPlanSlots() {
        long student = student(200, "Olha", "Koval", null);

        assertRefused(() -> planner.plan(SlotRequest.single(student, KYIV, 60, DAY, LocalTime.of(18, 0))),
                Problem.NOT_A_MENTOR);
    }

    private SlotRequest range(int minutes, LocalTime from, LocalTime to) {
        return SlotRequest.range(mentor, KYIV, minutes, DAY, from, to);
    }

    private SlotRequest weekly(Set<DayOfWeek> days, LocalTime from, LocalTime to, int weeks) {
        return SlotRequest.weekly(mentor, KYIV, 60, days, from, to, LocalDate.of(2030, 2, 4), weeks);
    }

    private static void assertRefused(ThrowingCallable plan, Problem problem, Object... arguments) {
        assertThatThrownBy(plan).isInstanceOfSatisfying(SlotPlanningException.class, refusal -> {
            assertThat(refusal.problem()).isEqualTo(problem);
            assertThat(refusal.arguments()).containsExactly(arguments);
        });
    }
}

package io.mentorbot.slots;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.mentorbot.slots.PlanResult.Created;
import io.mentorbot.slots.PlanResult.Reason;
import io.mentorbot.slots.PlanResult.Skipped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests of one mentor that run at the same moment: the database keeps the slots apart. */
class ConcurrentPlanningTest extends SlotFixtures {

    private static final int REQUESTS = 8;

    @Autowired
    private SlotPlanner planner;
    @Autowired
    private Clock clock;

    private long mentor;
    private LocalDate day;

    @BeforeEach
    void aMentorWithAFreeDayAhead() {
        mentor = mentor(100);
        day = LocalDate.now(clock.withZone(KYIV)).plusDays(20);
    }

    @Test
    void concurrentPlansForTheSameEveningLeaveOneSlotPerSession() throws Exception {
        List<PlanResult> results = runTogether(i ->
                SlotRequest.range(mentor, KYIV, 60, day, LocalTime.of(18, 0), LocalTime.of(21, 0)));

        assertThat(results).allSatisfy(result ->
                assertThat(result.created().size() + result.skipped().size()).isEqualTo(3));
        assertThat(results.stream().mapToInt(result -> result.created().size()).sum()).isEqualTo(3);
        assertThat(skipped(results)).hasSize(3 * REQUESTS - 3)
                .allSatisfy(skipped -> assertThat(skipped.reason()).isEqualTo(Reason.OVERLAP))
                .allSatisfy(skipped -> assertThat(skipped.clash().startsAt()).isEqualTo(skipped.startsAt()));
        assertThat(storedStarts(mentor)).extracting(start -> inKyiv(start).toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(19, 0), LocalTime.of(20, 0));
    }

    @Test
    void concurrentPlansOfShiftedRangesNeverStoreOverlappingSlots() throws Exception {
        // Request i asks for 09:00+10i .. 13:00+10i: every request clashes with several others.
        List<PlanResult> results = runTogether(i -> SlotRequest.range(mentor, KYIV, 60, day,
                LocalTime.of(9, 0).plusMinutes(10L * i), LocalTime.of(13, 0).plusMinutes(10L * i)));

        assertThat(results).allSatisfy(result ->
                assertThat(result.created().size() + result.skipped().size()).isEqualTo(4));
        List<Long> created = results.stream().flatMap(result -> result.created().stream())
                .map(Created::slotId).toList();
        assertThat(created).isNotEmpty();
        assertThat(jdbc.sql("SELECT id FROM slots WHERE mentor_id = ?").param(mentor).query(Long.class).list())
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(skipped(results)).allSatisfy(skipped -> {
            assertThat(skipped.reason()).isEqualTo(Reason.OVERLAP);
            assertThat(created).contains(skipped.clash().slotId());
        });
        assertThat(count("""
                SELECT count(*) FROM slots a JOIN slots b
                  ON a.mentor_id = b.mentor_id AND a.id < b.id
                 AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                """)).isZero();
    }

    private List<PlanResult> runTogether(IntFunction<SlotRequest> requests) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<PlanResult>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                SlotRequest request = requests.apply(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return planner.plan(request);
                }));
            }
            go.countDown();
            List<PlanResult> results = new ArrayList<>();
            for (Future<PlanResult> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Skipped> skipped(List<PlanResult> results) {
        return results.stream().flatMap(result -> result.skipped().stream()).toList();
    }
}

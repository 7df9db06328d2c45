package io.mentorbot.slots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.slots.PlanResult.Clash;
import io.mentorbot.slots.PlanResult.Created;
import io.mentorbot.slots.PlanResult.Reason;
import io.mentorbot.slots.PlanResult.Skipped;
import io.mentorbot.slots.SlotPlanningException.Problem;
import io.mentorbot.slots.Sessions.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates mentors' slots: one session, a day's range cut into sessions, or a weekly recurrence. */
@Service
public class SlotPlanner {

    /** How often a session is retried when the slot it clashed with vanished before it could be named. */
    private static final int ATTEMPTS = 3;

    private final SlotStore slots;
    private final SlotSettings settings;
    private final Clock clock;

    SlotPlanner(SlotStore slots, SlotSettings settings, Clock clock) {
        this.slots = slots;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates the sessions the request asks for, as FREE slots. Sessions that have already started, that fall in a
     * daylight saving gap, or that overlap one of the mentor's live slots (including one created at the same moment
     * by a concurrent request) are skipped and reported; the others are created.
     *
     * @throws SlotPlanningException when the request is refused as a whole; nothing is created then
     */
    // A refusal is thrown before anything is written: it must not doom the caller's transaction.
    @Transactional(noRollbackFor = SlotPlanningException.class)
    public PlanResult plan(SlotRequest request) {
        List<Session> sessions = Sessions.of(request);
        if (sessions.size() > settings.maxPerRequest()) {
            throw new SlotPlanningException(Problem.TOO_MANY_SESSIONS, sessions.size(), settings.maxPerRequest());
        }
        Instant now = clock.instant();
        if (sessions.stream().noneMatch(session -> session.startsAt().isAfter(now))) {
            throw new SlotPlanningException(Problem.IN_PAST);
        }
        // The horizon ends with the whole day it falls on, in the mentor's zone: "until 15 January" reads clearly.
        LocalDate lastDay = now.plus(settings.horizon()).atZone(request.zone()).toLocalDate();
        Instant horizon = lastDay.plusDays(1).atStartOfDay(request.zone()).toInstant();
        if (sessions.stream().anyMatch(session -> !session.startsAt().isBefore(horizon))) {
            throw new SlotPlanningException(Problem.BEYOND_HORIZON, lastDay);
        }
        if (!slots.isActiveMentor(request.mentorId())) {
            throw new SlotPlanningException(Problem.NOT_A_MENTOR);
        }
        List<Created> created = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        // Time order everywhere: concurrent requests of equal session length then never wait on each other in a cycle.
        for (Session session : sessions) {
            if (session.nonexistent()) {
                skipped.add(skip(session, Reason.NONEXISTENT_LOCAL_TIME, null));
            } else if (!session.startsAt().isAfter(now)) {
                skipped.add(skip(session, Reason.PAST, null));
            } else {
                place(request.mentorId(), session, now, created, skipped);
            }
        }
        return new PlanResult(created, skipped);
    }

    private void place(long mentorId, Session session, Instant now, List<Created> created, List<Skipped> skipped) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Long> id = slots.insertUnlessOverlapping(mentorId, session.startsAt(), session.endsAt(), now);
            if (id.isPresent()) {
                created.add(new Created(id.get(), session.startsAt(), session.endsAt()));
                return;
            }
            Optional<Clash> clash = slots.clashWith(mentorId, session.startsAt(), session.endsAt());
            if (clash.isPresent()) {
                skipped.add(skip(session, Reason.OVERLAP, clash.get()));
                return;
            }
            // The slot in the way was cancelled or deleted in the meantime: try again.
        }
        skipped.add(skip(session, Reason.OVERLAP, null));
    }

    private static Skipped skip(Session session, Reason reason, Clash clash) {
        return new Skipped(session.localStart(), session.startsAt(), reason, clash);
    }
}

package io.mentorbot.web.graphql;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.bookings.BookingDesk;
import io.mentorbot.mentors.MentorPhotos;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.mentors.ProfileChanges;
import io.mentorbot.mentors.ProfileProblem;
import io.mentorbot.reviews.Attendance;
import io.mentorbot.reviews.SessionOutcomes;
import io.mentorbot.slots.PlanResult;
import io.mentorbot.slots.SlotBoard;
import io.mentorbot.slots.SlotOutcome;
import io.mentorbot.slots.SlotPlanner;
import io.mentorbot.slots.SlotPlanningException;
import io.mentorbot.slots.SlotView;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.InvalidArgument;
import io.mentorbot.web.Problems;
import io.mentorbot.web.graphql.GraphTypes.FreeTime;
import io.mentorbot.web.graphql.GraphTypes.Money;
import io.mentorbot.web.graphql.GraphTypes.Rating;
import io.mentorbot.web.graphql.MentorTypes.Client;
import io.mentorbot.web.graphql.MentorTypes.MentorProfile;
import io.mentorbot.web.graphql.MentorTypes.MentorProfileInput;
import io.mentorbot.web.graphql.MentorTypes.NewSlotsInput;
import io.mentorbot.web.graphql.MentorTypes.OutcomeRecorded;
import io.mentorbot.web.graphql.MentorTypes.OutcomeRefused;
import io.mentorbot.web.graphql.MentorTypes.SessionOutcome;
import io.mentorbot.web.graphql.MentorTypes.SkippedTime;
import io.mentorbot.web.graphql.MentorTypes.Slot;
import io.mentorbot.web.graphql.MentorTypes.SlotDeleted;
import io.mentorbot.web.graphql.MentorTypes.SlotRefused;
import io.mentorbot.web.graphql.MentorTypes.SlotsReport;
import io.mentorbot.web.mentor.FieldRefusal;
import io.mentorbot.web.mentor.NewSlotsRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;

/**
 * The mentor's profile, slots, clients and session outcomes, through the same core calls as the REST endpoints under
 * {@code /api/v1/me} and the bot's {@code /profile}, {@code /newslot}, {@code /myslots} and {@code /clients}: the core
 * checks that a slot or session is the caller's and tells students in Telegram. Only mentors (and admins, as under
 * {@code /api/v1/me/slots}) get past {@link Caller#mentor()}; a refused value is a {@code BAD_REQUEST} error naming
 * the field, a refusal about one slot or session a result type named as the REST API's problem type.
 */
@Controller
class MentorGraph {

    static final int MAX_FIRST = 100;
    static final Duration DEFAULT_WINDOW = Duration.ofDays(31);
    static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final MentorProfiles profiles;
    private final MentorPhotos photos;
    private final SlotPlanner planner;
    private final SlotBoard board;
    private final BookingDesk bookings;
    private final SessionOutcomes outcomes;
    private final AccountDesk accounts;
    private final Problems problems;
    private final Clock clock;

    MentorGraph(MentorProfiles profiles, MentorPhotos photos, SlotPlanner planner, SlotBoard board,
                BookingDesk bookings, SessionOutcomes outcomes, AccountDesk accounts, Problems problems,
                Clock clock) {
        this.profiles = profiles;
        this.photos = photos;
        this.planner = planner;
        this.board = board;
        this.bookings = bookings;
        this.outcomes = outcomes;
        this.accounts = accounts;
        this.problems = problems;
        this.clock = clock;
    }

    @QueryMapping
    MentorProfile myMentorProfile() {
        long mentor = Caller.mentor();
        return profiles.find(mentor).map(this::profile).orElse(null);
    }

    @MutationMapping
    MentorProfile updateMentorProfile(@Argument MentorProfileInput input) {
        long mentor = Caller.mentor();
        Long priceMinor = null;
        if (input.price() != null) {
            if (!input.price().matches("\\d{1,9}(\\.\\d{1,2})?")) {
                throw new InvalidArgument("price", "problem.field.graphql-price");
            }
            priceMinor = new BigDecimal(input.price()).movePointRight(2).longValueExact();
        }
        try {
            profiles.change(mentor, new ProfileChanges(input.headline(), input.bio(), input.topics(), priceMinor,
                    input.currency(), input.sessionMinutes(), input.listed()));
        } catch (ProfileProblem refused) {
            throw new InvalidArgument(refused.field() == null ? "input" : refused.field(),
                    "api.mentor.profile." + key(refused.kind().name()), String.valueOf(refused.limit()));
        }
        return profiles.find(mentor).map(this::profile).orElseThrow();
    }

    @QueryMapping
    List<Slot> mySlots(@Argument Instant from, @Argument Instant to, @Argument int first) {
        long mentor = Caller.mentor();
        checkFirst(first);
        Instant start = from != null ? from : clock.instant();
        Instant end = to != null ? to : start.plus(DEFAULT_WINDOW);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
            throw new InvalidArgument("to", "api.mentor.slots.window", LONGEST_WINDOW.toDays());
        }
        return board.between(mentor, start, end).stream().limit(first).map(MentorGraph::slot).toList();
    }

    @MutationMapping
    SlotsReport createSlots(@Argument NewSlotsInput input) {
        long mentor = Caller.mentor();
        NewSlotsRequest request = new NewSlotsRequest(input.startsAt(), input.from(), input.to(), input.minutes(),
                input.days(), input.time(), input.weeks());
        if (request.time() != null && !request.time().matches("\\d{2}:\\d{2}(-\\d{2}:\\d{2})?")) {
            throw new InvalidArgument("time", "api.mentor.slots.time");
        }
        ZoneId zone = accounts.find(mentor).orElseThrow().zone();
        PlanResult result;
        try {
            request.shape(); // one shape, before a profile is made
            profiles.ensureExists(mentor);
            int minutes = request.minutes() != null ? request.minutes()
                    : profiles.find(mentor).orElseThrow().sessionMinutes();
            result = planner.plan(request.toRequest(mentor, zone, minutes, LocalDate.now(clock.withZone(zone))));
        } catch (FieldRefusal.Refused refused) {
            throw new InvalidArgument(refused.field(), refused.key(), refused.args());
        } catch (SlotPlanningException refused) {
            if (refused.problem() == SlotPlanningException.Problem.NOT_A_MENTOR) {
                throw new ApiException(HttpStatus.FORBIDDEN, "not-a-mentor");
            }
            throw new InvalidArgument(request.fieldOf(refused.problem()),
                    "api.mentor.slots." + key(refused.problem().name()),
                    refused.arguments().stream().map(String::valueOf).toArray());
        }
        return new SlotsReport(zone.getId(),
                result.created().stream().map(c -> new FreeTime(c.slotId(), c.startsAt(), c.endsAt())).toList(),
                result.skipped().stream().map(s -> new SkippedTime(s.localStart().toString(), s.startsAt(),
                        s.reason().name(), s.clash() == null ? null
                        : new FreeTime(s.clash().slotId(), s.clash().startsAt(), s.clash().endsAt()))).toList());
    }

    @MutationMapping
    Object deleteSlot(@Argument long id, Locale locale) {
        long mentor = Caller.mentor();
        SlotOutcome outcome = board.deleteFree(mentor, id);
        return outcome == SlotOutcome.DONE ? new SlotDeleted(id) : refused(id, outcome, locale);
    }

    @MutationMapping
    Object blockSlot(@Argument long id, Locale locale) {
        long mentor = Caller.mentor();
        return changed(id, board.block(mentor, id), locale);
    }

    @MutationMapping
    Object unblockSlot(@Argument long id, Locale locale) {
        long mentor = Caller.mentor();
        return changed(id, board.unblock(mentor, id), locale);
    }

    @QueryMapping
    List<Client> myClients(@Argument int first) {
        long mentor = Caller.mentor();
        checkFirst(first);
        return bookings.clientsOf(mentor).stream().limit(first)
                .map(c -> new Client(c.studentId(), c.name(), c.username(), c.sessions(), c.lastSession())).toList();
    }

    @MutationMapping
    Object recordOutcome(@Argument long bookingId, @Argument SessionOutcome outcome, Locale locale) {
        long mentor = Caller.mentor();
        Attendance result = outcomes.decide(bookingId, mentor, outcome == SessionOutcome.COMPLETED);
        return switch (result) {
            case COMPLETED -> new OutcomeRecorded(bookingId, SessionOutcome.COMPLETED);
            case NO_SHOW -> new OutcomeRecorded(bookingId, SessionOutcome.NO_SHOW);
            case NOT_YOURS -> outcomeRefused(bookingId, HttpStatus.NOT_FOUND, "not-found", locale);
            case NOT_ENDED -> outcomeRefused(bookingId, HttpStatus.CONFLICT, "session-not-ended", locale);
            case ALREADY_DECIDED ->
                    outcomeRefused(bookingId, HttpStatus.CONFLICT, "outcome-already-recorded", locale);
        };
    }

    private Object changed(long id, SlotOutcome outcome, Locale locale) {
        if (outcome != SlotOutcome.DONE) {
            return refused(id, outcome, locale);
        }
        return board.find(id).map(MentorGraph::slot).<Object>map(s -> s)
                .orElseGet(() -> refused(id, SlotOutcome.NOT_FOUND_OR_NOT_YOURS, locale));
    }

    private SlotRefused refused(long slotId, SlotOutcome outcome, Locale locale) {
        boolean missing = outcome == SlotOutcome.NOT_FOUND_OR_NOT_YOURS;
        String name = missing ? "not-found" : "slot-wrong-status";
        return new SlotRefused(slotId, name,
                problems.of(missing ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, name, locale).getDetail());
    }

    private OutcomeRefused outcomeRefused(long bookingId, HttpStatus status, String name, Locale locale) {
        return new OutcomeRefused(bookingId, name, problems.of(status, name, locale).getDetail());
    }

    private MentorProfile profile(io.mentorbot.mentors.MentorProfile p) {
        return new MentorProfile(p.mentorId(), p.name(), p.headline(), p.bio(), p.topics(),
                Money.of(p.priceMinor(), p.currency()), p.sessionMinutes(), p.listed(),
                new Rating(p.ratingAvg(), p.ratingCount()),
                photos.has(p.mentorId()) ? "/api/v1/mentors/" + p.mentorId() + "/photo" : null);
    }

    private static Slot slot(SlotView view) {
        return new Slot(view.id(), view.startsAt(), view.endsAt(), view.status(), view.studentName());
    }

    private static void checkFirst(int first) {
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgument("first", "problem.field.graphql-first");
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

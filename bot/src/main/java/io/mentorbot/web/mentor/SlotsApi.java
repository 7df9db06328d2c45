package io.mentorbot.web.mentor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.slots.PlanResult;
import io.mentorbot.slots.SlotBoard;
import io.mentorbot.slots.SlotOutcome;
import io.mentorbot.slots.SlotPlanner;
import io.mentorbot.slots.SlotPlanningException;
import io.mentorbot.slots.SlotView;
import io.mentorbot.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mentor's own slots, as {@code /newslot} and {@code /myslots} handle them, through the same services. */
@RestController
@RequestMapping("/api/v1/me/slots")
class SlotsApi {

    private static final Duration DEFAULT_WINDOW = Duration.ofDays(31);
    private static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    private final SlotPlanner planner;
    private final SlotBoard board;
    private final MentorProfiles profiles;
    private final AccountDesk accounts;
    private final Clock clock;

    SlotsApi(SlotPlanner planner, SlotBoard board, MentorProfiles profiles, AccountDesk accounts, Clock clock) {
        this.planner = planner;
        this.board = board;
        this.profiles = profiles;
        this.accounts = accounts;
        this.clock = clock;
    }

    record Slot(long id, Instant startsAt, Instant endsAt, String status, String studentName) {

        static Slot of(SlotView view) {
            return new Slot(view.id(), view.startsAt(), view.endsAt(), view.status().name().toLowerCase(Locale.ROOT),
                    view.studentName());
        }
    }

    record Created(long id, Instant startsAt, Instant endsAt) {
    }

    record Clash(long slotId, Instant startsAt, Instant endsAt) {
    }

    /** {@code reason}: {@code overlap}, {@code past} or {@code nonexistent-local-time}. */
    record Skipped(LocalDateTime localStart, Instant startsAt, String reason, Clash clash) {
    }

    /** What a request made: the times of {@code skipped.localStart} are meant in {@code zone}. */
    record Report(String zone, List<Created> created, List<Skipped> skipped) {
    }

    @PostMapping
    ResponseEntity<Report> create(@AuthenticationPrincipal Long accountId, @Valid @RequestBody NewSlotsRequest body) {
        ZoneId zone = accounts.find(accountId).orElseThrow().zone();
        profiles.ensureExists(accountId);
        int minutes = body.minutes() != null ? body.minutes()
                : profiles.find(accountId).orElseThrow().sessionMinutes();
        PlanResult result;
        try {
            result = planner.plan(body.toRequest(accountId, zone, minutes, LocalDate.now(clock.withZone(zone))));
        } catch (SlotPlanningException refused) {
            if (refused.problem() == SlotPlanningException.Problem.NOT_A_MENTOR) {
                throw new ApiException(HttpStatus.FORBIDDEN, "not-a-mentor");
            }
            throw new FieldRefusal.Refused(body.fieldOf(refused.problem()),
                    "api.mentor.slots." + MentorRefusals.key(refused.problem().name()),
                    refused.arguments().stream().map(String::valueOf).toArray());
        }
        Report report = new Report(zone.getId(),
                result.created().stream().map(c -> new Created(c.slotId(), c.startsAt(), c.endsAt())).toList(),
                result.skipped().stream().map(s -> new Skipped(s.localStart(), s.startsAt(),
                        MentorRefusals.key(s.reason().name()), s.clash() == null ? null
                        : new Clash(s.clash().slotId(), s.clash().startsAt(), s.clash().endsAt()))).toList());
        return ResponseEntity.status(report.created().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }

    /** The slots starting in [from, to) (from now for 31 days by default), cancelled ones left out, in time order. */
    @GetMapping
    Paged<Slot> list(@AuthenticationPrincipal Long accountId, @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Instant start = from != null ? from : clock.instant();
        Instant end = to != null ? to : start.plus(DEFAULT_WINDOW);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_WINDOW) > 0) {
            throw new FieldRefusal.Refused("to", "api.mentor.slots.window", LONGEST_WINDOW.toDays());
        }
        List<Slot> slots = board.between(accountId, start, end).stream().map(Slot::of).toList();
        return Paged.of(slots, page, size);
    }

    /** Removes a free or blocked slot, as {@code /myslots} does. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Long accountId, @PathVariable long id) {
        check(board.deleteFree(accountId, id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/block")
    Slot block(@AuthenticationPrincipal Long accountId, @PathVariable long id) {
        check(board.block(accountId, id));
        return board.find(id).map(Slot::of).orElseThrow(ApiException::notFound);
    }

    @PostMapping("/{id}/unblock")
    Slot unblock(@AuthenticationPrincipal Long accountId, @PathVariable long id) {
        check(board.unblock(accountId, id));
        return board.find(id).map(Slot::of).orElseThrow(ApiException::notFound);
    }

    private static void check(SlotOutcome outcome) {
        switch (outcome) {
            case DONE -> { }
            case NOT_FOUND_OR_NOT_YOURS -> throw ApiException.notFound();
            case WRONG_STATUS -> throw new ApiException(HttpStatus.CONFLICT, "slot-wrong-status");
        }
    }
}

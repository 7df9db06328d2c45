package io.mentorbot.web.admin;

import java.time.Instant;

import io.mentorbot.slots.SlotBoard;
import io.mentorbot.slots.SlotOversight;
import io.mentorbot.slots.SlotSearch;
import io.mentorbot.slots.SlotStatus;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.admin.AdminViews.AdminSlot;
import io.mentorbot.web.admin.AdminViews.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any mentor's slots for the admin: a filtered, sorted page, and blocking, unblocking or deleting one through the
 * core's {@link SlotOversight} (checked, conditional, audited), so a slot booked a moment earlier is left alone.
 */
@RestController
@RequestMapping("/api/v1/admin/slots")
class AdminSlotsApi {

    private final SlotSearch search;
    private final SlotBoard board;
    private final SlotOversight oversight;

    AdminSlotsApi(SlotSearch search, SlotBoard board, SlotOversight oversight) {
        this.search = search;
        this.board = board;
        this.oversight = oversight;
    }

    /** Slots starting in [from, to); {@code sort}: starts or id, {@code -} first for the reverse; soonest first. */
    @GetMapping
    Page<AdminSlot> slots(@RequestParam(required = false) Long mentor,
                          @RequestParam(required = false) SlotStatus status,
                          @RequestParam(required = false) Instant from,
                          @RequestParam(required = false) Instant to,
                          @RequestParam(defaultValue = "starts") @Pattern(regexp = "-?(starts|id)") String sort,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sorting<SlotSearch.Sort> order = Sorting.parse(sort, SlotSearch.Sort.class);
        SlotSearch.SlotPage found = search.find(new SlotSearch.Filter(mentor, status, from, to), order.field(),
                order.descending(), page, size);
        return new Page<>(found.slots().stream().map(AdminSlot::of).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    AdminSlot one(@PathVariable long id) {
        return board.find(id).map(AdminSlot::of).orElseThrow(ApiException::notFound);
    }

    @PostMapping("/{id}/block")
    AdminSlot block(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        one(id);
        done(oversight.block(adminId, id));
        return one(id);
    }

    @PostMapping("/{id}/unblock")
    AdminSlot unblock(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        one(id);
        done(oversight.unblock(adminId, id));
        return one(id);
    }

    /** Removes a FREE or BLOCKED slot: 204; one with booking history stays, CANCELLED. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        one(id);
        done(oversight.delete(adminId, id));
        return ResponseEntity.noContent().build();
    }

    private static void done(SlotOversight.Result result) {
        switch (result) {
            case DONE -> { }
            case NOT_POSSIBLE -> throw AdminRefusals.conflict("slot-not-changeable");
            case NOT_ADMIN -> throw AdminRefusals.forbidden();
        }
    }
}

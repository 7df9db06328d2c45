package io.mentorbot.web.admin;

import io.mentorbot.admin.AdminSearch;
import io.mentorbot.admin.AdminSearch.ApplicationSort;
import io.mentorbot.mentors.Application;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.mentors.MentorOnboarding.DecisionOutcome;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.admin.AdminViews.AdminApplication;
import io.mentorbot.web.admin.AdminViews.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mentor applications for the admin: a page by status, and approving or rejecting one (with a reason the applicant
 * reads) through {@link MentorOnboarding}, as the bot's buttons do: the first decision wins, and the applicant is told.
 */
@RestController
@RequestMapping("/api/v1/admin/applications")
class AdminApplicationsApi {

    static final int REASON_MAX = 500;

    private final AdminSearch search;
    private final MentorOnboarding onboarding;

    AdminApplicationsApi(AdminSearch search, MentorOnboarding onboarding) {
        this.search = search;
        this.onboarding = onboarding;
    }

    record Reject(@NotBlank @Size(max = REASON_MAX) String reason) {
    }

    /** {@code sort}: created, decided or id, {@code -} first for the reverse; oldest first (waited longest). */
    @GetMapping
    Page<AdminApplication> applications(@RequestParam(required = false) Application.Status status,
                                        @RequestParam(defaultValue = "created") @Pattern(regexp = "-?(created|decided|id)") String sort,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sorting<ApplicationSort> order = Sorting.parse(sort, ApplicationSort.class);
        AdminSearch.IdPage found = search.applications(status == null ? null : status.name(), order.field(),
                order.descending(), page, size);
        return new Page<>(found.ids().stream().map(this::one).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    AdminApplication one(@PathVariable long id) {
        return onboarding.find(id).map(AdminApplication::of).orElseThrow(ApiException::notFound);
    }

    @PostMapping("/{id}/approve")
    AdminApplication approve(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        one(id);
        return decided(onboarding.approve(id, adminId));
    }

    @PostMapping("/{id}/reject")
    AdminApplication reject(@AuthenticationPrincipal Long adminId, @PathVariable long id,
                            @Valid @RequestBody Reject reject) {
        one(id);
        return decided(onboarding.reject(id, adminId, reject.reason().strip()));
    }

    private static AdminApplication decided(DecisionOutcome outcome) {
        return switch (outcome.decision()) {
            case APPROVED, REJECTED -> AdminApplication.of(outcome.application().orElseThrow());
            case ALREADY_DECIDED -> throw AdminRefusals.conflict("application-decided");
            case OWN_APPLICATION -> throw AdminRefusals.ownAccount();
            case NOT_ADMIN -> throw AdminRefusals.forbidden();
        };
    }
}

package io.mentorbot.web.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.admin.AdminGrants;
import io.mentorbot.admin.AdminSearch;
import io.mentorbot.admin.AdminSearch.Role;
import io.mentorbot.admin.AdminSearch.UserSort;
import io.mentorbot.admin.Blocking;
import io.mentorbot.admin.GrantLength;
import io.mentorbot.mentors.MentorOnboarding;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.admin.AdminViews.AdminUser;
import io.mentorbot.web.admin.AdminViews.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's users: a filtered, sorted page of accounts, and the console's actions on one (mentor rights, blocking,
 * temporary admin rights), each the same core call the bot's {@code /admin} makes, which checks the acting admin in
 * the database and audits the change. Each answers the account as it now stands.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUsersApi {

    private final AdminSearch search;
    private final AccountDesk accounts;
    private final MentorOnboarding onboarding;
    private final Blocking blocking;
    private final AdminGrants grants;
    private final Clock clock;

    AdminUsersApi(AdminSearch search, AccountDesk accounts, MentorOnboarding onboarding, Blocking blocking,
                  AdminGrants grants, Clock clock) {
        this.search = search;
        this.accounts = accounts;
        this.onboarding = onboarding;
        this.blocking = blocking;
        this.grants = grants;
        this.clock = clock;
    }

    /** Until when a temporary admin grant lasts (at most 90 days from now). */
    record GrantAdmin(@NotNull @Future Instant until) {
    }

    /** {@code sort}: id, created, name or last-seen, {@code -} first for the reverse; newest first by default. */
    @GetMapping
    Page<AdminUser> users(@RequestParam(required = false) @Size(max = 100) String q,
                          @RequestParam(required = false) Role role,
                          @RequestParam(required = false) Boolean blocked,
                          @RequestParam(defaultValue = "-created") @Pattern(regexp = "-?(id|created|name|last-seen)") String sort,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Sorting<UserSort> order = Sorting.parse(sort, UserSort.class);
        AdminSearch.IdPage found = search.users(new AdminSearch.UserFilter(q, role, blocked), order.field(),
                order.descending(), page, size);
        Set<Long> admins = accounts.adminsNowAmong(found.ids());
        return new Page<>(accounts.findAll(found.ids()).stream()
                .map(account -> AdminUser.of(account, admins.contains(account.id()))).toList(), page, size,
                found.total());
    }

    @GetMapping("/{id}")
    AdminUser one(@PathVariable long id) {
        return user(id);
    }

    @PostMapping("/{id}/make-mentor")
    AdminUser makeMentor(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        return mentorRole(adminId, id, true);
    }

    @PostMapping("/{id}/unmake-mentor")
    AdminUser unmakeMentor(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        return mentorRole(adminId, id, false);
    }

    private AdminUser mentorRole(long adminId, long id, boolean mentor) {
        existing(id);
        switch (onboarding.changeRole(adminId, id, mentor)) {
            case CHANGED -> { }
            case ALREADY -> throw AdminRefusals.already();
            case SELF -> throw AdminRefusals.ownAccount();
            case NOT_LASTING -> throw AdminRefusals.configuredAdminOnly();
            case NOT_ADMIN -> throw AdminRefusals.forbidden();
        }
        return user(id);
    }

    @PostMapping("/{id}/block")
    AdminUser block(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        return blocked(adminId, id, true);
    }

    @PostMapping("/{id}/unblock")
    AdminUser unblock(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        return blocked(adminId, id, false);
    }

    private AdminUser blocked(long adminId, long id, boolean blocked) {
        existing(id);
        switch (blocking.block(adminId, id, blocked)) {
            case DONE -> { }
            case ALREADY -> throw AdminRefusals.already();
            case PERMANENT_ADMIN -> throw AdminRefusals.permanentAdmin();
            case NOT_ADMIN -> throw AdminRefusals.forbidden();
        }
        return user(id);
    }

    @PostMapping("/{id}/grant-admin")
    AdminUser grantAdmin(@AuthenticationPrincipal Long adminId, @PathVariable long id,
                         @Valid @RequestBody GrantAdmin grant) {
        existing(id);
        Duration length = Duration.between(clock.instant(), grant.until());
        if (length.compareTo(GrantLength.MAX) > 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "admin-grant-too-long", GrantLength.MAX.toDays());
        }
        switch (grants.grantUntil(adminId, id, grant.until()).result()) {
            case GRANTED -> { }
            case SELF -> throw AdminRefusals.ownAccount();
            case NOT_ALLOWED -> throw AdminRefusals.configuredAdminOnly();
            case PERMANENT -> throw AdminRefusals.permanentAdmin();
            case GONE -> throw ApiException.notFound();
        }
        return user(id);
    }

    @PostMapping("/{id}/revoke-admin")
    AdminUser revokeAdmin(@AuthenticationPrincipal Long adminId, @PathVariable long id) {
        existing(id);
        switch (grants.revoke(adminId, id)) {
            case REVOKED -> { }
            case NOT_AN_ADMIN -> throw AdminRefusals.already();
            case NOT_ALLOWED -> throw AdminRefusals.configuredAdminOnly();
            case PERMANENT -> throw AdminRefusals.permanentAdmin();
        }
        return user(id);
    }

    private Account existing(long id) {
        return accounts.find(id).filter(account -> !account.isDeleted()).orElseThrow(ApiException::notFound);
    }

    private AdminUser user(long id) {
        return AdminUser.of(existing(id), accounts.isAdminNow(id));
    }
}

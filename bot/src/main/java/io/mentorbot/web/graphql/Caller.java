package io.mentorbot.web.graphql;

import io.mentorbot.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who asks: the account id of a valid bearer token (the same principal as under {@code /api}), with the roles read from
 * the account on this request. {@code /graphql} itself is open, so each field that needs someone asks here.
 */
final class Caller {

    private Caller() {
    }

    /** The caller's account id when they hold {@code role}; else unauthorized (no token) or forbidden. */
    static long holding(String role) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()
                || !(caller.getPrincipal() instanceof Long accountId)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized");
        }
        if (caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ACCOUNT_BLOCKED"))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "account-blocked");
        }
        boolean holds = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        if (!holds) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
        }
        return accountId;
    }

    /** Whether the signed-in caller holds {@code role} (the roles are read from the account on this request). */
    static boolean holds(String role) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /**
     * The caller's account id when they may use the mentor's part, as under {@code /api/v1/me/slots}: a mentor, or an
     * admin (who holds every role there; the core then refuses what needs an active mentor).
     */
    static long mentor() {
        long id = holding("STUDENT");
        if (!holds("MENTOR") && !holds("ADMIN")) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
        }
        return id;
    }

    static long student() {
        return holding("STUDENT");
    }
}

package io.mentorbot.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own account. */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {

    private final AccountDesk accounts;

    MeApi(AccountDesk accounts) {
        this.accounts = accounts;
    }

    record Me(long id, String firstName, String lastName, String username, String language, String timeZone,
              List<String> roles, Instant adminUntil, String email, boolean emailVerified, boolean telegramLinked) {
    }

    @GetMapping
    Me me(Authentication caller) {
        long id = ApiAccounts.accountId(caller);
        Account account = accounts.find(id).orElseThrow();
        boolean admin = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        List<String> roles = new ArrayList<>(List.of("STUDENT"));
        if (account.isMentor()) {
            roles.add("MENTOR");
        }
        if (admin) {
            roles.add("ADMIN");
        }
        return new Me(id, account.firstName(), account.lastName(), account.username(),
                account.language().code(), account.zone().getId(), roles,
                admin ? account.adminUntil().orElse(null) : null, account.email(), account.isEmailVerified(),
                account.telegramId() != null);
    }
}

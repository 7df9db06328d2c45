package io.mentorbot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid access token into the caller: the account its {@code sub} names, with the roles the account has now
 * (read from the database, not from the token). An erased account's token is refused (401); a blocked account is
 * signed in without roles, so every endpoint refuses it (403, "account blocked").
 */
@Component
class ApiAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final String BLOCKED = "ACCOUNT_BLOCKED";

    private final AccountDesk accounts;

    ApiAccounts(AccountDesk accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new InvalidBearerTokenException("The token names no account");
        }
        Optional<Account> account = accounts.find(id).filter(a -> !a.isDeleted());
        if (account.isEmpty()) {
            throw new InvalidBearerTokenException("The token's account is gone");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (account.get().isBlocked()) {
            authorities.add(new SimpleGrantedAuthority(BLOCKED));
        } else {
            authorities.add(new SimpleGrantedAuthority("ROLE_STUDENT"));
            if (account.get().isMentor()) {
                authorities.add(new SimpleGrantedAuthority("ROLE_MENTOR"));
            }
            if (accounts.isAdminNow(id)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
            }
        }
        return new Caller(id, jwt, authorities);
    }

    /** The signed-in account's id, for a controller behind the filter chain. */
    static long accountId(Authentication authentication) {
        return ((Caller) authentication).accountId;
    }

    /** Whether the request's caller is a blocked account. */
    static boolean isBlocked(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller instanceof Caller && caller.getAuthorities().stream()
                .anyMatch(a -> BLOCKED.equals(a.getAuthority()));
    }

    /** The authenticated caller: principal the account id, credentials the token. */
    static final class Caller extends AbstractAuthenticationToken {

        private final long accountId;
        private final transient Jwt token;

        Caller(long accountId, Jwt token, List<GrantedAuthority> authorities) {
            super(authorities);
            this.accountId = accountId;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getPrincipal() {
            return accountId;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public String getName() {
            return Long.toString(accountId);
        }
    }
}

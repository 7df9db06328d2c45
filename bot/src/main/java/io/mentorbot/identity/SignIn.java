package io.mentorbot.identity;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.mentorbot.accounts.Account;
import io.mentorbot.accounts.AccountDesk;
import io.mentorbot.accounts.AccountErased;
import io.mentorbot.accounts.Visit;
import io.mentorbot.accounts.Visitor;
import io.mentorbot.identity.SignInResult.Outcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in to the web front end. A Telegram proof (a Mini App's init data, the Login Widget's answer) names the
 * same account the bot knows by that Telegram id, and registers a new id as the bot's {@code /start} does; a blocked
 * account gets no tokens. A refresh rotates the refresh token and reads the account's rights anew.
 */
@Service
public class SignIn {

    /** The {@code iss} of every access token this platform signs. */
    public static final String ISSUER = AccessTokens.ISSUER;

    private final TelegramProofs proofs;
    private final AccountDesk accounts;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final IdentitySettings settings;
    private final Clock clock;

    private final ExternalSignIn external;

    SignIn(TelegramProofs proofs, AccountDesk accounts, AccessTokens accessTokens, RefreshTokens refreshTokens,
           IdentitySettings settings, Clock clock, ExternalSignIn external) {
        this.external = external;
        this.proofs = proofs;
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** Inside Telegram: the Mini App's {@code initData}, exactly as the client got it. */
    @Transactional
    public SignInResult withMiniAppInitData(String initData) {
        return signIn(proofs.initData(initData));
    }

    /** On the website: the Telegram Login Widget's answer, every field it gave. */
    @Transactional
    public SignInResult withLoginWidget(Map<String, ?> answer) {
        return signIn(proofs.loginWidget(answer));
    }

    /**
     * After a Google or GitHub sign-in: the one-time code the web app got back, used up by this call. An unknown, used
     * or expired code is {@link Outcome#PROOF_INVALID}.
     */
    @Transactional
    public SignInResult withSignInCode(String code) {
        Optional<ExternalSignIn.CodeOwner> owner = external.useCode(code);
        if (owner.isEmpty()) {
            return SignInResult.refused(Outcome.PROOF_INVALID);
        }
        Optional<Account> account = accounts.find(owner.get().accountId()).filter(a -> !a.isDeleted());
        if (account.isEmpty()) {
            return SignInResult.refused(Outcome.PROOF_INVALID);
        }
        if (account.get().isBlocked()) {
            return SignInResult.refused(Outcome.BLOCKED);
        }
        return tokens(account.get(), accounts.isAdminNow(account.get().id()), owner.get().newcomer());
    }

    /** The next token pair for a refresh token, which is used up by this call. */
    @Transactional
    public SignInResult refresh(String refreshToken) {
        RefreshTokens.Used used = refreshTokens.use(refreshToken);
        switch (used.use()) {
            case REUSED -> {
                return SignInResult.refused(Outcome.TOKEN_REUSED);
            }
            case EXPIRED, UNKNOWN -> {
                return SignInResult.refused(Outcome.TOKEN_INVALID);
            }
            default -> {
            }
        }
        Optional<Account> account = accounts.find(used.userId()).filter(a -> !a.isDeleted());
        if (account.isEmpty()) {
            return SignInResult.refused(Outcome.TOKEN_INVALID);
        }
        if (account.get().isBlocked()) {
            refreshTokens.revokeAll(account.get().id());
            return SignInResult.refused(Outcome.BLOCKED);
        }
        AccessTokens.Issued access = accessTokens.issue(account.get(), accounts.isAdminNow(account.get().id()));
        return new SignInResult(Outcome.SIGNED_IN,
                new Tokens(access.token(), used.next(), access.expiresIn(), account.get().id(), false));
    }

    /** Signs out: the refresh token's family is revoked (its access tokens run out within their few minutes). */
    @Transactional
    public boolean signOut(String refreshToken) {
        return refreshTokens.revoke(refreshToken);
    }

    private SignInResult signIn(TelegramProofs.Checked checked) {
        switch (checked.verdict()) {
            case EXPIRED -> {
                return SignInResult.refused(Outcome.PROOF_EXPIRED);
            }
            case MALFORMED, FORGED -> {
                return SignInResult.refused(Outcome.PROOF_INVALID);
            }
            default -> {
            }
        }
        TelegramPerson person = checked.person();
        // A person's private chat with the bot has their own id; it is the chat the bot's notices go to.
        Visit visit = accounts.visit(new Visitor(person.id(), person.id(), person.firstName(), person.lastName(),
                person.username(), person.languageCode()));
        Account account = visit.account();
        if (account.isBlocked()) {
            return SignInResult.refused(Outcome.BLOCKED);
        }
        return tokens(account, account.isAdmin(), visit.newcomer());
    }

    private SignInResult tokens(Account account, boolean admin, boolean newcomer) {
        AccessTokens.Issued access = accessTokens.issue(account, admin);
        String refresh = refreshTokens.start(account.id(), clock.instant().plus(settings.refreshTokenTtl()));
        return new SignInResult(Outcome.SIGNED_IN,
                new Tokens(access.token(), refresh, access.expiresIn(), account.id(), newcomer));
    }

    /** An erased account's sign-ins end with it. */
    @EventListener
    void on(AccountErased event) {
        refreshTokens.forget(event.accountId());
    }
}

package io.mentorbot.web;

import java.util.Locale;
import java.util.Map;

import io.mentorbot.identity.SignIn;
import io.mentorbot.identity.SignInResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in, refresh and sign-out. Each answers a token pair or a problem: {@code invalid-init-data},
 * {@code init-data-expired} and {@code invalid-login} (401), {@code account-blocked} (403),
 * {@code invalid-refresh-token} and {@code refresh-token-reused} (401).
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApi {

    private final SignIn signIn;
    private final Problems problems;

    AuthApi(SignIn signIn, Problems problems) {
        this.signIn = signIn;
        this.problems = problems;
    }

    record MiniAppSignIn(String initData) {
    }

    record Refresh(String refreshToken) {
    }

    /** Inside Telegram: {@code {"initData": "<Telegram.WebApp.initData>"}}. */
    @PostMapping("/telegram")
    ResponseEntity<?> telegram(@RequestBody(required = false) MiniAppSignIn body, Locale locale) {
        SignInResult result = signIn.withMiniAppInitData(body == null ? null : body.initData());
        return answer(result, "invalid-init-data", "init-data-expired", locale);
    }

    /** On the website: the Telegram Login Widget's user object, as the widget gave it. */
    @PostMapping("/telegram-login")
    ResponseEntity<?> telegramLogin(@RequestBody(required = false) Map<String, Object> answer, Locale locale) {
        SignInResult result = signIn.withLoginWidget(answer);
        return answer(result, "invalid-login", "login-expired", locale);
    }

    @PostMapping("/refresh")
    ResponseEntity<?> refresh(@RequestBody(required = false) Refresh body, Locale locale) {
        SignInResult result = signIn.refresh(body == null ? null : body.refreshToken());
        return answer(result, "invalid-refresh-token", "invalid-refresh-token", locale);
    }

    /** Signs the refresh token's family out; answers 204 whether or not the token was still alive. */
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@RequestBody(required = false) Refresh body) {
        signIn.signOut(body == null ? null : body.refreshToken());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<?> answer(SignInResult result, String invalid, String expired, Locale locale) {
        return switch (result.outcome()) {
            case SIGNED_IN -> ResponseEntity.ok(TokenPair.of(result.tokens()));
            case PROOF_INVALID, TOKEN_INVALID -> problems.answer(HttpStatus.UNAUTHORIZED, invalid, locale);
            case PROOF_EXPIRED -> problems.answer(HttpStatus.UNAUTHORIZED, expired, locale);
            case TOKEN_REUSED -> problems.answer(HttpStatus.UNAUTHORIZED, "refresh-token-reused", locale);
            case BLOCKED -> problems.answer(HttpStatus.FORBIDDEN, "account-blocked", locale);
        };
    }
}

package io.mentorbot.web.auth;

import java.util.Locale;
import java.util.Map;

import io.mentorbot.identity.TelegramLinking;
import io.mentorbot.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/me/identities/telegram}: links the caller's Telegram account to their account (one made with
 * Google or GitHub), proven as a Telegram sign-in proves it: the body is the Login Widget's answer, or
 * {@code {"initData": "<Telegram.WebApp.initData>"}} inside the Mini App. Answers 204; 401 {@code invalid-login},
 * {@code login-expired}, {@code invalid-init-data}, {@code init-data-expired} as the sign-in does; 409
 * {@code identity-taken} when another account has that Telegram id (its detail says to sign in with Telegram and
 * link Google or GitHub from there), 409 {@code telegram-linked} when the caller has a Telegram id already.
 */
@RestController
class TelegramLinkApi {

    private static final String INIT_DATA = "initData";

    private final TelegramLinking linking;
    private final Problems problems;
    private final MessageSource messages;

    TelegramLinkApi(TelegramLinking linking, Problems problems, MessageSource messages) {
        this.linking = linking;
        this.problems = problems;
        this.messages = messages;
    }

    @PostMapping("/api/v1/me/identities/telegram")
    ResponseEntity<?> link(@AuthenticationPrincipal Long accountId,
                           @RequestBody(required = false) Map<String, Object> body, Locale locale) {
        boolean miniApp = body != null && body.containsKey(INIT_DATA);
        TelegramLinking.Linked linked = miniApp
                ? linking.withMiniAppInitData(accountId, body.get(INIT_DATA) instanceof String data ? data : null)
                : linking.withLoginWidget(accountId, body);
        return switch (linked) {
            case LINKED -> ResponseEntity.noContent().build();
            case PROOF_INVALID ->
                    problems.answer(HttpStatus.UNAUTHORIZED, miniApp ? "invalid-init-data" : "invalid-login", locale);
            case PROOF_EXPIRED ->
                    problems.answer(HttpStatus.UNAUTHORIZED, miniApp ? "init-data-expired" : "login-expired", locale);
            case TAKEN -> taken(locale);
            case ALREADY_LINKED -> problems.answer(HttpStatus.CONFLICT, "telegram-linked", locale);
            case REFUSED -> problems.answer(HttpStatus.FORBIDDEN, "account-blocked", locale);
        };
    }

    /** The identity-taken problem, told what to do instead for Telegram. */
    private ResponseEntity<ProblemDetail> taken(Locale locale) {
        ResponseEntity<ProblemDetail> answer = problems.answer(HttpStatus.CONFLICT, "identity-taken", locale);
        answer.getBody().setDetail(messages.getMessage("problem.identity-taken.telegram.detail", null, locale));
        return answer;
    }
}

package io.mentorbot.web.student;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.mail.CodeCheck;
import io.mentorbot.mail.CodeRequest;
import io.mentorbot.mail.EmailDesk;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's e-mail address, verified as the bot's /email does it: a 6-digit code goes to the address
 * ({@code POST /api/v1/me/email}, 202) and only the code sent back ({@code POST /api/v1/me/email/verify}) makes the
 * address the account's. Sending too often is 429 with {@code Retry-After}.
 */
@RestController
@RequestMapping("/api/v1/me/email")
class EmailApi {

    private final EmailDesk emails;
    private final Problems problems;
    private final MessageSource messages;

    EmailApi(EmailDesk emails, Problems problems, MessageSource messages) {
        this.emails = emails;
        this.problems = problems;
        this.messages = messages;
    }

    record NewAddress(@NotBlank @Size(max = 254) String address) {
    }

    record Code(@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*") String code) {
    }

    record CodeSent(String address, long expiresInSeconds) {
    }

    record Verified(String email, boolean emailVerified) {
    }

    @PostMapping
    ResponseEntity<?> requestCode(@AuthenticationPrincipal Long accountId, @Valid @RequestBody NewAddress body,
                                  Locale locale) {
        CodeRequest request = emails.requestCode(accountId, body.address());
        long wait = Math.max(1, request.retryIn().toSeconds());
        return switch (request.result()) {
            case SENT -> ResponseEntity.accepted()
                    .body(new CodeSent(request.address(), emails.codeValidity().toSeconds()));
            case INVALID_ADDRESS -> invalidField("address", "problem.field.email", locale);
            case TOO_SOON -> tooMany("email-code-too-soon", wait, locale);
            case ADDRESS_LIMIT -> tooMany("email-address-limit", wait, locale);
            case PLATFORM_LIMIT -> tooMany("email-platform-limit", wait, locale);
            case NOT_SENT -> problems.answer(HttpStatus.BAD_GATEWAY, "email-not-sent", locale, request.address());
            case UNAVAILABLE -> problems.answer(HttpStatus.SERVICE_UNAVAILABLE, "email-unavailable", locale);
        };
    }

    @PostMapping("/verify")
    Verified verify(@AuthenticationPrincipal Long accountId, @Valid @RequestBody Code body) {
        CodeCheck check = emails.confirm(accountId, body.code().strip());
        return switch (check.result()) {
            case VERIFIED -> new Verified(check.address(), true);
            case WRONG -> throw new ApiException(HttpStatus.BAD_REQUEST, "email-code-wrong", check.triesLeft());
            case TOO_MANY_TRIES -> throw new ApiException(HttpStatus.CONFLICT, "email-code-too-many-tries");
            case EXPIRED -> throw new ApiException(HttpStatus.CONFLICT, "email-code-expired");
            case NONE_PENDING -> throw new ApiException(HttpStatus.CONFLICT, "email-code-none");
        };
    }

    private ResponseEntity<ProblemDetail> tooMany(String name, long seconds, Locale locale) {
        ResponseEntity<ProblemDetail> answer = problems.answer(HttpStatus.TOO_MANY_REQUESTS, name, locale, seconds);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(answer.getBody());
    }

    /** The same answer as Bean Validation's: 400 {@code invalid-request} naming the field. */
    private ResponseEntity<ProblemDetail> invalidField(String field, String message, Locale locale) {
        ResponseEntity<ProblemDetail> answer = problems.answer(HttpStatus.BAD_REQUEST, "invalid-request", locale);
        answer.getBody().setProperty("errors",
                List.of(Map.of("field", field, "message", messages.getMessage(message, null, locale))));
        return answer;
    }
}

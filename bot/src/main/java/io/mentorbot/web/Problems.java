package io.mentorbot.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The API's errors, as {@code application/problem+json} (RFC 9457): a stable {@code type} a client can match
 * ({@code /problems/slot-taken}), the HTTP status, and a title and detail in the caller's language
 * ({@code Accept-Language}, Ukrainian or English), from the texts {@code problem.<name>.title} and {@code .detail}.
 */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem named {@code name} (its type's last segment), with the detail's arguments. */
    public ProblemDetail of(HttpStatus status, String name, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type(name));
        problem.setTitle(messages.getMessage("problem." + name + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("problem." + name + ".detail", args, null, locale));
        return problem;
    }

    public ResponseEntity<ProblemDetail> answer(HttpStatus status, String name, Locale locale, Object... args) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(status, name, locale, args));
    }

    public static URI type(String name) {
        return URI.create("/problems/" + name);
    }
}

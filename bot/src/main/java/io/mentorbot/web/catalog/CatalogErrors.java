package io.mentorbot.web.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.web.InvalidArgument;
import io.mentorbot.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The catalogue's own refusals of parameters, in the shape of every other invalid request. */
@RestControllerAdvice(basePackages = "io.mentorbot.web.catalog")
@Order(Ordered.HIGHEST_PRECEDENCE) // before the web adapter's catch-all
class CatalogErrors {

    private final Problems problems;
    private final MessageSource messages;

    CatalogErrors(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(InvalidArgument.class)
    ResponseEntity<ProblemDetail> invalidArgument(InvalidArgument bad, Locale locale) {
        ResponseEntity<ProblemDetail> answer = problems.answer(HttpStatus.BAD_REQUEST, "invalid-request", locale);
        answer.getBody().setProperty("errors", List.of(Map.of("field", bad.field(),
                "message", messages.getMessage(bad.messageCode(), bad.args(), bad.messageCode(), locale))));
        return answer;
    }
}

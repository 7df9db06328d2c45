package io.mentorbot.web.mentor;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.mentorbot.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A value the core refused, answered like a Bean Validation error: 400 {@code invalid-request} whose {@code errors}
 * name the field and say what is wrong, from the text {@code key} in the caller's language.
 */
@Component
public class FieldRefusal {

    private final Problems problems;
    private final MessageSource messages;

    FieldRefusal(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** 400 {@code invalid-request} naming {@code field}, with the text {@code key} and its {@code args}. */
    public ResponseEntity<ProblemDetail> answer(String field, String key, Locale locale, Object... args) {
        ResponseEntity<ProblemDetail> answer = problems.answer(HttpStatus.BAD_REQUEST, "invalid-request", locale);
        answer.getBody().setProperty("errors",
                List.of(Map.of("field", field, "message", messages.getMessage(key, args, locale))));
        return answer;
    }

    /** Thrown by a controller for a value it refuses itself (before the core sees it). */
    public static final class Refused extends RuntimeException {

        final String field;
        final String key;
        final transient Object[] args;

        Refused(String field, String key, Object... args) {
            super(key, null, false, false);
            this.field = field;
            this.key = key;
            this.args = args;
        }

        /** The refused field. */
        public String field() {
            return field;
        }

        /** The text that says what is wrong with it. */
        public String key() {
            return key;
        }

        /** The values of that text. */
        public Object[] args() {
            return args.clone();
        }
    }
}

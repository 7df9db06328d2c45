package io.mentorbot.web.mentor;

import java.util.Locale;

import io.mentorbot.mentors.MentorPhotos.PhotoRefused;
import io.mentorbot.mentors.ProfileProblem;
import io.mentorbot.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The core's refusals of a mentor's edits as problem+json: a refused value names its field. */
@RestControllerAdvice(basePackageClasses = MentorRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MentorRefusals {

    private final FieldRefusal fields;
    private final Problems problems;

    MentorRefusals(FieldRefusal fields, Problems problems) {
        this.fields = fields;
        this.problems = problems;
    }

    @ExceptionHandler(FieldRefusal.Refused.class)
    ResponseEntity<ProblemDetail> refused(FieldRefusal.Refused refused, Locale locale) {
        return fields.answer(refused.field, refused.key, locale, refused.args);
    }

    @ExceptionHandler(ProfileProblem.class)
    ResponseEntity<ProblemDetail> profile(ProfileProblem problem, Locale locale) {
        String field = problem.field() == null ? "profile" : problem.field();
        return fields.answer(field, "api.mentor.profile." + key(problem.kind().name()), locale,
                String.valueOf(problem.limit()));
    }

    @ExceptionHandler(PhotoRefused.class)
    ResponseEntity<ProblemDetail> photo(PhotoRefused refused, Locale locale) {
        return switch (refused.reason()) {
            case EMPTY -> fields.answer("file", "api.mentor.photo.empty", locale);
            case TOO_LARGE -> problems.answer(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", locale);
            case NOT_AN_IMAGE -> problems.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-an-image", locale);
        };
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

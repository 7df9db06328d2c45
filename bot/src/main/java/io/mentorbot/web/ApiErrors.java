package io.mentorbot.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every failure of an API request as problem+json, never a stack trace: an {@link ApiException} as it names itself;
 * invalid fields as 400 {@code invalid-request} with an {@code errors} list naming each field and what is wrong with
 * it (Bean Validation's message, in the caller's language); unreadable bodies, wrong parameter types, unknown paths
 * and methods are answered by {@link ApiPathErrors}; anything unexpected as 500 {@code internal}, logged here.
 */
@RestControllerAdvice(basePackages = "io.mentorbot.web")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Problems problems;
    private final MessageSource messages;

    ApiErrors(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> refused(ApiException refusal, Locale locale) {
        return problems.answer(refusal.status(), refusal.name(), locale, refusal.args());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, Locale locale) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", message(error, locale))).toList();
        return withErrors(errors, locale);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException invalid, Locale locale) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", result.getMethodParameter().getParameterName() == null ? ""
                                : result.getMethodParameter().getParameterName(),
                        "message", messages.getMessage(error, locale))))
                .toList();
        return withErrors(errors, locale);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violated(ConstraintViolationException invalid, Locale locale) {
        List<Map<String, String>> errors = invalid.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return withErrors(errors, locale);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception unreadable, Locale locale) {
        return problems.answer(HttpStatus.BAD_REQUEST, "malformed-request", locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        return withErrors(List.of(Map.of("field", mismatch.getName(),
                "message", messages.getMessage("problem.field.wrong-type", null, locale))), locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException tooLarge, Locale locale) {
        return problems.answer(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongType(HttpMediaTypeNotSupportedException wrong, Locale locale) {
        return problems.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> failed(Exception failure, Locale locale) {
        log.error("API request failed", failure);
        return problems.answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale);
    }

    private ResponseEntity<ProblemDetail> withErrors(List<Map<String, String>> errors, Locale locale) {
        ResponseEntity<ProblemDetail> answer = problems.answer(HttpStatus.BAD_REQUEST, "invalid-request", locale);
        answer.getBody().setProperty("errors", errors);
        return answer;
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

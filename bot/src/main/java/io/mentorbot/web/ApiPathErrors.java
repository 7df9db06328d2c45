package io.mentorbot.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no API controller (an unknown path, a method or content type a path does not take, an upload
 * over the server's multipart limit, refused while the request is read) fail before {@link ApiErrors} sees them: under {@code /api} they are answered as problem+json too; elsewhere (the sandbox page,
 * the webhook) with their bare status, as before.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiPathErrors {

    private final Problems problems;

    ApiPathErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.NOT_FOUND, "not-found", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongType(HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", locale);
    }

    private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String name,
                                                 Locale locale) {
        if (!request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status).build();
        }
        return problems.answer(status, name, locale);
    }
}

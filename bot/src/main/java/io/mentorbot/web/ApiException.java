package io.mentorbot.web;

import org.springframework.http.HttpStatus;

/**
 * An expected refusal of an API request, answered as the problem {@code name} ({@code /problems/<name>}) with its
 * localized title and detail ({@code problem.<name>.title}, {@code .detail}, formatted with {@code args}). Controllers
 * throw it for results the core returns (slot taken, not yours, too late ...); it is not an error of the platform.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String name;
    private final transient Object[] args;

    public ApiException(HttpStatus status, String name, Object... args) {
        super(name, null, false, false); // an answer, not a failure: no stack trace
        this.status = status;
        this.name = name;
        this.args = args;
    }

    public static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found");
    }

    public HttpStatus status() {
        return status;
    }

    public String name() {
        return name;
    }

    public Object[] args() {
        return args;
    }
}

package io.mentorbot.sandbox.emulator;

/** A Bot API error, turned into {@code {"ok":false,...}} with the error code as HTTP status. */
final class ApiException extends RuntimeException {

    private final int errorCode;
    private final Integer retryAfter;

    ApiException(int errorCode, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad Request: " + detail, null);
    }

    static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden: " + detail, null);
    }

    static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict: " + detail, null);
    }

    static ApiException chatNotFound() {
        return badRequest("chat not found");
    }

    int errorCode() {
        return errorCode;
    }

    String description() {
        return getMessage();
    }

    Integer retryAfter() {
        return retryAfter;
    }
}

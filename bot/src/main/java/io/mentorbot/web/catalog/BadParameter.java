package io.mentorbot.web.catalog;

/**
 * A query parameter the catalogue cannot take, named with the text ({@code message}, a message code) that says why:
 * answered as 400 {@code invalid-request} naming the field, as Bean Validation's refusals are.
 */
class BadParameter extends RuntimeException {

    private final String field;
    private final String message;

    BadParameter(String field, String message) {
        super(field, null, false, false); // an answer, not a failure: no stack trace
        this.field = field;
        this.message = message;
    }

    String field() {
        return field;
    }

    String message() {
        return message;
    }
}

package io.mentorbot.web.graphql;

/** An argument the graph cannot take, naming it and the text ({@code message}, a message code) that says why. */
class InvalidArgument extends RuntimeException {

    private final String field;
    private final String message;

    InvalidArgument(String field, String message) {
        super(field, null, false, false); // an answer, not a failure: no stack trace
        this.field = field;
        this.message = message;
    }

    String field() {
        return field;
    }

    String messageCode() {
        return message;
    }
}

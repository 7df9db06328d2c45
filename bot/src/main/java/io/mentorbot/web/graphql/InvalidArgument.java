package io.mentorbot.web.graphql;

/**
 * An argument the graph cannot take, naming it and the text ({@code message}, a message code, with its
 * {@code args}) that says why.
 */
class InvalidArgument extends RuntimeException {

    private final String field;
    private final String message;
    private final transient Object[] args;

    InvalidArgument(String field, String message, Object... args) {
        super(field, null, false, false); // an answer, not a failure: no stack trace
        this.field = field;
        this.message = message;
        this.args = args;
    }

    String field() {
        return field;
    }

    String messageCode() {
        return message;
    }

    Object[] args() {
        return args.clone();
    }
}

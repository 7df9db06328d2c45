package io.mentorbot.web;

/**
 * An argument a front end cannot take (a REST query parameter, a GraphQL field argument), naming it and the text
 * ({@code messageCode}, a message code, with its {@code args}) that says why. REST answers it as 400 {@code invalid-request} naming the
 * field, as Bean Validation's refusals are; GraphQL as a {@code BAD_REQUEST} error naming the argument.
 */
public class InvalidArgument extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] args;

    public InvalidArgument(String field, String messageCode, Object... args) {
        super(field, null, false, false); // an answer, not a failure: no stack trace
        this.field = field;
        this.messageCode = messageCode;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }
}

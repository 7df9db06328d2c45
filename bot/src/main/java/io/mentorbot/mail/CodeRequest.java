package io.mentorbot.mail;

import java.time.Duration;

/**
 * What became of a request to send a verification code.
 *
 * @param address the address as understood (tidied); {@code null} when it was not an address
 * @param retryIn for {@link Result#TOO_SOON}, how long until another code may be sent; zero otherwise
 */
public record CodeRequest(Result result, String address, Duration retryIn) {

    /** Sent, or why not. When not sent, nothing changed. */
    public enum Result { SENT, INVALID_ADDRESS, TOO_SOON, NOT_SENT, UNAVAILABLE }

    static CodeRequest of(Result result, String address) {
        return new CodeRequest(result, address, Duration.ZERO);
    }
}

package io.mentorbot.mail;

import java.time.Duration;

/**
 * What became of a request to send a verification code.
 *
 * @param address the address as understood (tidied); {@code null} when it was not an address
 * @param retryIn for {@link Result#TOO_SOON}, {@link Result#ADDRESS_LIMIT} and {@link Result#PLATFORM_LIMIT}, how long
 *                until another code may be sent; zero otherwise
 */
public record CodeRequest(Result result, String address, Duration retryIn) {

    /** Sent, or why not. When not sent, nothing changed. */
    public enum Result {
        SENT, INVALID_ADDRESS, TOO_SOON, NOT_SENT, UNAVAILABLE,
        /** The address has had {@link MailSettings#codesPerAddress()} codes within the last hour, whoever asked. */
        ADDRESS_LIMIT,
        /** The platform has sent {@link MailSettings#codesPerHour()} codes within the last hour. */
        PLATFORM_LIMIT
    }

    static CodeRequest of(Result result, String address) {
        return new CodeRequest(result, address, Duration.ZERO);
    }
}

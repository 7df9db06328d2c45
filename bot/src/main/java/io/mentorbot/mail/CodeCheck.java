package io.mentorbot.mail;

/**
 * What became of a code typed back.
 *
 * @param address   the address the code was for; {@code null} when no code was pending
 * @param triesLeft for {@link Result#WRONG}, how many more codes may be typed
 */
public record CodeCheck(Result result, String address, int triesLeft) {

    /**
     * VERIFIED: the address is the account's now. WRONG: try again. TOO_MANY_TRIES, EXPIRED: the code is gone, a new
     * one must be asked for. NONE_PENDING: no code was sent (or it was used already).
     */
    public enum Result { VERIFIED, WRONG, TOO_MANY_TRIES, EXPIRED, NONE_PENDING }
}

package io.mentorbot.calendar;

/** A consent return that cannot connect a calendar; {@link #reason()} says why. */
public class ConsentRefused extends RuntimeException {

    /** Why the consent return was refused. */
    public enum Reason {
        /** No such state was ever issued (forged, tampered or from another installation). */
        UNKNOWN_STATE,
        /** The state was issued but its link has expired. */
        EXPIRED_STATE,
        /** The state was already used once (a replay, or a double click). */
        REPLAYED_STATE,
        /** Google did not exchange the code (denied, expired or already used code, wrong client). */
        TOKEN_EXCHANGE_FAILED,
        /** Google answered without a refresh token or without calendar access. */
        INSUFFICIENT_GRANT
    }

    private final Reason reason;

    public ConsentRefused(Reason reason, String message) {
        this(reason, message, null);
    }

    public ConsentRefused(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

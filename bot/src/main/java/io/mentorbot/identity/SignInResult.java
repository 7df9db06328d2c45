package io.mentorbot.identity;

/** A sign-in or refresh: the tokens, or why there are none. */
public record SignInResult(Outcome outcome, Tokens tokens) {

    public enum Outcome {
        SIGNED_IN,
        /** The proof is not what Telegram signs: malformed, or its hash does not match. */
        PROOF_INVALID,
        /** The proof is older than allowed (or dated in the future). */
        PROOF_EXPIRED,
        /** The account is blocked by an admin. */
        BLOCKED,
        /** The refresh token is unknown, expired, signed out, or of an erased account. */
        TOKEN_INVALID,
        /** The refresh token was used before: its whole family is now revoked. */
        TOKEN_REUSED
    }

    static SignInResult refused(Outcome outcome) {
        return new SignInResult(outcome, null);
    }

    public boolean signedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}

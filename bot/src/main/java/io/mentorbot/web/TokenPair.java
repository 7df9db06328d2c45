package io.mentorbot.web;

import io.mentorbot.identity.Tokens;

/** A sign-in's answer: the token pair for the {@code Authorization: Bearer} header and the next refresh. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn, long accountId,
                        boolean newcomer) {

    public static TokenPair of(Tokens tokens) {
        return new TokenPair(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn(),
                tokens.accountId(), tokens.newcomer());
    }

    @Override
    public String toString() { // tokens never reach a log line
        return "TokenPair[account=" + accountId + "]";
    }
}

package io.mentorbot.identity;

/**
 * What a sign-in or a refresh gives the client.
 *
 * @param accessToken  a JWT for the {@code Authorization: Bearer} header
 * @param refreshToken an opaque token that gets the next pair, once
 * @param expiresIn    the access token's lifetime in seconds
 * @param accountId    whose tokens they are
 * @param newcomer     true when this sign-in registered the account
 */
public record Tokens(String accessToken, String refreshToken, long expiresIn, long accountId, boolean newcomer) {

    @Override
    public String toString() { // tokens never reach a log line
        return "Tokens[account=" + accountId + ", expiresIn=" + expiresIn + ", newcomer=" + newcomer + "]";
    }
}

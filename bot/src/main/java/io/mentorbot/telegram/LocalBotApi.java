package io.mentorbot.telegram;

/**
 * A Bot API server inside this process, on loopback, that the bot talks to when it has no token of its own (the
 * sandbox offers one). Whoever runs such a server contributes this bean; the adapter only needs where and with which
 * token.
 *
 * @param token the token the server expects
 * @param port  its port on 127.0.0.1
 */
public record LocalBotApi(String token, int port) {

    @Override
    public String toString() {
        // Never let the token reach a log line.
        return "LocalBotApi[127.0.0.1:" + port + "]";
    }
}

package io.mentorbot.telegram.outbox;

import java.time.Duration;

/** What one attempt at a Bot API call came to. */
record Outcome(Kind kind, Object result, Duration retryAfter, String detail) {

    enum Kind {
        /** Telegram took it. */
        SENT,
        /** 429: Telegram said when to try again. */
        RETRY_AFTER,
        /** A server error or no answer: worth another try after a while. */
        TRANSIENT,
        /** 403: the user blocked the bot (or is gone); trying again is pointless until they write. */
        UNREACHABLE,
        /** Any other refusal (bad request, chat not found ...): trying again would fail again. */
        REJECTED
    }

    static Outcome sent(Object result) {
        return new Outcome(Kind.SENT, result, null, null);
    }

    static Outcome failed(Kind kind, Duration retryAfter, String detail) {
        return new Outcome(kind, null, retryAfter, detail);
    }
}

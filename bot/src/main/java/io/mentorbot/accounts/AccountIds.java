package io.mentorbot.accounts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which account belongs to a Telegram id, so a visit loads the account by primary key. A hint only: the
 * caller checks the loaded row still carries the Telegram id. Bounded: when full it starts over.
 */
final class AccountIds {

    private static final int LIMIT = 200_000;

    private final Map<Long, Long> ids = new ConcurrentHashMap<>();

    Long get(long telegramId) {
        return ids.get(telegramId);
    }

    void remember(long telegramId, long accountId) {
        if (ids.size() >= LIMIT) {
            ids.clear();
        }
        ids.put(telegramId, accountId);
    }

    void forget(long telegramId) {
        ids.remove(telegramId);
    }
}

package io.mentorbot.sandbox.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * Pending updates with getUpdates semantics: offset confirmation, limit, long polling, allowed_updates, and 409
 * when a newer getUpdates call (another bot instance) takes over or a webhook is set.
 */
final class UpdateQueue {

    private static final Set<String> DEFAULT_EXCLUDED = Set.of("chat_member", "message_reaction",
            "message_reaction_count");

    private static final class Entry {
        final long id;
        final Map<String, Object> update;
        final boolean redelivery;
        boolean delivered;

        Entry(long id, Map<String, Object> update, boolean redelivery) {
            this.id = id;
            this.update = update;
            this.redelivery = redelivery;
        }
    }

    private final List<Entry> pending = new ArrayList<>();
    // Every update since the last reset, so redeliver works on already confirmed ones.
    private final Map<Long, Map<String, Object>> history = new HashMap<>();
    // Never reset: a running bot keeps its offset across reset(), so ids must keep growing.
    private long lastId;
    private long pollGeneration;
    private Set<String> allowed;
    private String webhookUrl = "";
    private boolean closed;

    /** Assigns the next update_id, builds the update with it and queues it. */
    synchronized long enqueue(LongFunction<Map<String, Object>> build) {
        long id = ++lastId;
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("update_id", id);
        update.putAll(build.apply(id));
        history.put(id, update);
        pending.add(new Entry(id, update, false));
        notifyAll();
        return id;
    }

    /** Makes the next update_id greater than {@code updateId} (ids already higher are kept). */
    synchronized void continueAfter(long updateId) {
        lastId = Math.max(lastId, updateId);
    }

    synchronized void redeliver(long updateId) {
        Map<String, Object> update = history.get(updateId);
        if (update == null) {
            throw new IllegalArgumentException("no update with id " + updateId + " was ever queued");
        }
        pending.add(new Entry(updateId, update, true));
        notifyAll();
    }

    /** getUpdates: confirms below offset, then returns at once if anything is pending, else waits up to timeout. */
    synchronized List<Map<String, Object>> poll(Long offset, int limit, int timeoutSeconds, List<?> allowedUpdates)
            throws InterruptedException {
        if (!webhookUrl.isEmpty()) {
            throw ApiException.conflict("can't use getUpdates method while webhook is active; "
                    + "use deleteWebhook to delete the webhook first");
        }
        long generation = ++pollGeneration;
        notifyAll(); // wakes an older poll so it can fail with 409, as Telegram does
        if (allowedUpdates != null) {
            allowed = allowedUpdates.isEmpty() ? null
                    : Set.copyOf(allowedUpdates.stream().map(String::valueOf).toList());
        }
        confirm(offset);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(0, timeoutSeconds));
        while (true) {
            if (generation != pollGeneration) {
                throw ApiException.conflict(
                        "terminated by other getUpdates request; make sure that only one bot instance is running");
            }
            List<Map<String, Object>> ready = take(limit <= 0 ? 100 : Math.min(100, limit));
            long remaining = deadline - System.nanoTime();
            if (!ready.isEmpty() || remaining <= 0 || closed) {
                return ready;
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    synchronized void clear() {
        pending.clear();
        history.clear();
    }

    synchronized void setWebhook(String url, boolean dropPending) {
        webhookUrl = url == null ? "" : url;
        if (dropPending) {
            pending.clear();
        }
        notifyAll();
    }

    synchronized String webhookUrl() {
        return webhookUrl;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void confirm(Long offset) {
        if (offset == null || offset == 0) {
            return;
        }
        if (offset < 0) {
            // Negative offset keeps only the last -offset updates and forgets the rest.
            while (pending.size() > -offset) {
                pending.remove(0);
            }
            return;
        }
        // A redelivered update stays until it has been handed out once, even though its id is below the offset.
        pending.removeIf(e -> e.id < offset && !(e.redelivery && !e.delivered));
    }

    private List<Map<String, Object>> take(int limit) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Iterator<Entry> it = pending.iterator(); it.hasNext() && result.size() < limit; ) {
            Entry entry = it.next();
            if (!isAllowed(entry.update)) {
                it.remove(); // Telegram never stores updates of types the bot did not ask for.
                continue;
            }
            entry.delivered = true;
            result.add(entry.update);
        }
        return result;
    }

    private boolean isAllowed(Map<String, Object> update) {
        String type = update.keySet().stream().filter(k -> !k.equals("update_id")).findFirst().orElse("");
        return allowed == null ? !DEFAULT_EXCLUDED.contains(type) : allowed.contains(type);
    }
}

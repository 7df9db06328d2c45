package io.mentorbot.sandbox.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * Pending updates with getUpdates semantics: offset confirmation, limit, long polling, allowed_updates, and 409
 * when a newer getUpdates call (another bot instance) takes over or a webhook is set. With a webhook set, the same
 * queue feeds {@link WebhookDelivery}: up to max_connections updates in flight, one per chat at a time.
 */
final class UpdateQueue {

    private static final Set<String> DEFAULT_EXCLUDED = Set.of("chat_member", "message_reaction",
            "message_reaction_count");

    static final class Entry {
        final long id;
        final Map<String, Object> update;
        final boolean redelivery;
        boolean delivered;
        boolean posting;
        boolean waiting;
        long retryAt;

        Entry(long id, Map<String, Object> update, boolean redelivery) {
            this.id = id;
            this.update = update;
            this.redelivery = redelivery;
        }
    }

    private final List<Entry> pending = new ArrayList<>();
    // The newest updates since the last reset, so redeliver works on already confirmed ones. Bounded: a sandbox runs
    // for days, and a load run sends hundreds of thousands of updates.
    private int keep = EmulatorState.HISTORY;
    private final Map<Long, Map<String, Object>> history = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Object>> eldest) {
            return size() > keep;
        }
    };
    // Never reset: a running bot keeps its offset across reset(), so ids must keep growing.
    private long lastId;
    private long pollGeneration;
    private Set<String> allowed;
    private String webhookUrl = "";
    private String webhookSecret;
    private int maxConnections = 40;
    private int posting;
    private boolean closed;

    /** Assigns the next update_id, builds the update with it and queues it. */
    synchronized long enqueue(LongFunction<Map<String, Object>> build) {
        long id = ++lastId;
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("update_id", id);
        update.putAll(build.apply(id));
        history.put(id, update); // the eldest goes beyond the limit (at once when it is 0)
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
            throw new IllegalArgumentException("no update with id " + updateId + " among the newest " + keep
                    + " queued");
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

    /** How many of the newest updates {@link #redeliver} can find. */
    synchronized void keepHistory(int max) {
        keep = Math.max(0, max);
        Iterator<Long> oldest = history.keySet().iterator();
        while (history.size() > keep) {
            oldest.next();
            oldest.remove();
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
        setWebhook(url, null, 40, null, dropPending);
    }

    synchronized void setWebhook(String url, String secret, int maxConnections, List<?> allowedUpdates,
                                 boolean dropPending) {
        webhookUrl = url == null ? "" : url;
        webhookSecret = secret == null || secret.isEmpty() ? null : secret;
        this.maxConnections = Math.max(1, Math.min(100, maxConnections));
        if (allowedUpdates != null) {
            allowed = allowedUpdates.isEmpty() ? null
                    : Set.copyOf(allowedUpdates.stream().map(String::valueOf).toList());
        }
        if (dropPending) {
            pending.removeIf(e -> !e.posting);
        }
        notifyAll();
    }

    synchronized String webhookSecret() {
        return webhookSecret;
    }

    /**
     * The next update to post to the webhook, waiting up to {@code waitMillis}: the oldest pending one whose chat has
     * no earlier update pending, while fewer than max_connections are in flight. Null if none is ready.
     */
    synchronized Entry nextForWebhook(long waitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        while (!closed) {
            long now = System.nanoTime();
            long wake = deadline;
            if (!webhookUrl.isEmpty() && posting < maxConnections) {
                Set<Object> chatsWaiting = new HashSet<>();
                for (Iterator<Entry> it = pending.iterator(); it.hasNext(); ) {
                    Entry entry = it.next();
                    if (!isAllowed(entry.update)) {
                        it.remove();
                        continue;
                    }
                    Object chat = chatOf(entry);
                    if (!chatsWaiting.add(chat)) {
                        continue; // an earlier update of this chat goes first
                    }
                    if (entry.posting) {
                        continue;
                    }
                    if (entry.waiting && entry.retryAt - now > 0) {
                        wake = Math.min(wake, entry.retryAt);
                        continue;
                    }
                    entry.posting = true;
                    posting++;
                    return entry;
                }
            }
            long remaining = wake - now;
            if (deadline - now <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, remaining));
        }
        return null;
    }

    /** The webhook answered 2xx: the update is confirmed. */
    synchronized void posted(Entry entry) {
        entry.posting = false;
        posting--;
        pending.remove(entry);
        notifyAll();
    }

    /** The webhook failed: the update stays first in its chat's line and is posted again after a pause. */
    synchronized void postFailed(Entry entry, long retryAfterMillis) {
        entry.posting = false;
        posting--;
        entry.waiting = true;
        entry.retryAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(retryAfterMillis);
        notifyAll();
    }

    private static Object chatOf(Entry entry) {
        for (Object value : entry.update.values()) {
            if (value instanceof Map<?, ?> body) {
                Object message = body.get("message"); // a callback query's message
                Object chat = (message instanceof Map<?, ?> m ? m : body).get("chat");
                if (chat instanceof Map<?, ?> c && c.get("id") != null) {
                    return String.valueOf(c.get("id"));
                }
                if (body.get("from") instanceof Map<?, ?> from && from.get("id") != null) {
                    return String.valueOf(from.get("id"));
                }
            }
        }
        return entry; // no chat: in no one's line
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

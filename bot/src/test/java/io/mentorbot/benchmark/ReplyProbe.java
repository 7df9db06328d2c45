package io.mentorbot.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.mentorbot.sandbox.emulator.ServedCall;

/**
 * Times every turn of simulated users on the emulator's side of the wire: from the moment getUpdates handed the
 * update to the bot ("receipt") and from the moment the user created it, to the moment the bot's reply arrived.
 * A user has at most one update waiting for a reply. The reply to a text is the first message the bot sends or
 * edits in that chat; the reply to a button press is the bot's answerCallbackQuery for it (the last call of a turn).
 */
final class ReplyProbe implements Consumer<ServedCall> {

    private static final Set<String> MESSAGE_METHODS = Set.of("sendmessage", "sendphoto", "senddocument",
            "editmessagetext", "editmessagecaption", "editmessagereplymarkup");

    /** One update waiting for its reply. */
    static final class Turn {
        final boolean button;
        final long createdAt = System.nanoTime();
        final Latencies perStep;
        final Runnable onReply;
        volatile long receivedAt;

        Turn(boolean button, Latencies perStep, Runnable onReply) {
            this.button = button;
            this.perStep = perStep;
            this.onReply = onReply;
        }
    }

    private final boolean everyMessageIsAReply;
    private final Map<Long, Turn> waiting = new ConcurrentHashMap<>();
    private final Map<Long, Long> chatOfUpdate = new ConcurrentHashMap<>();
    private final Set<String> answeredQueries = ConcurrentHashMap.newKeySet();
    final Latencies fromReceipt = new Latencies();
    final Latencies fromCreation = new Latencies();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicLong firstUpdateAt = new AtomicLong();
    final AtomicLong lastReplyAt = new AtomicLong();
    private final AtomicIntegerArray repliesPerSecond = new AtomicIntegerArray(3600);

    /**
     * @param everyMessageIsAReply true for an echo bot: a message to a chat with nothing waiting is a duplicate
     */
    ReplyProbe(boolean everyMessageIsAReply) {
        this.everyMessageIsAReply = everyMessageIsAReply;
    }

    /** Registers the user's next update before it is created, so a fast reply is never missed. */
    void expect(long chatId, boolean button, Latencies perStep, Runnable onReply) {
        Turn turn = new Turn(button, perStep, onReply);
        firstUpdateAt.compareAndSet(0, turn.createdAt);
        if (waiting.put(chatId, turn) != null) {
            throw new IllegalStateException("chat " + chatId + " already waits for a reply");
        }
    }

    /** Forgets the waiting turn (the user gave up). */
    void abandon(long chatId) {
        waiting.remove(chatId);
    }

    /** A few of the turns still waiting for a reply, to show what went wrong when a crowd does not finish. */
    String describeWaiting(int limit) {
        long now = System.nanoTime();
        return waiting.entrySet().stream().limit(limit)
                .map(e -> String.format("chat %d %s waiting %.1f s, %s", e.getKey(),
                        e.getValue().button ? "press" : "text", (now - e.getValue().createdAt) / 1e9,
                        e.getValue().receivedAt == 0 ? "never handed out" : "handed out")).toList().toString();
    }

    /** Replies per second, averaged over all turns from the first update to the last reply. */
    double averageRate() {
        long span = lastReplyAt.get() - firstUpdateAt.get();
        return span <= 0 ? 0 : fromCreation.count() / (span / 1e9);
    }

    /** Replies per second in the busiest window of this many whole seconds. */
    double busiestRate(int seconds) {
        int best = 0;
        for (int start = 0; start + seconds <= repliesPerSecond.length(); start++) {
            int sum = 0;
            for (int s = start; s < start + seconds; s++) {
                sum += repliesPerSecond.get(s);
            }
            best = Math.max(best, sum);
        }
        return best / (double) seconds;
    }

    @Override
    public void accept(ServedCall call) {
        long now = System.nanoTime();
        if (call.method().equals("getupdates") && call.result() instanceof List<?> updates) {
            for (Object update : updates) {
                received((Map<?, ?>) update, now);
            }
        } else if (call.method().equals("answercallbackquery")) {
            String queryId = String.valueOf(call.params().get("callback_query_id"));
            if (!answeredQueries.add(queryId)) {
                duplicates.incrementAndGet();
                return;
            }
            Long chat = chatOfUpdate.remove(Long.parseLong(queryId));
            if (chat != null) {
                replied(chat, true, now);
            }
        } else if (MESSAGE_METHODS.contains(call.method())) {
            Object chatId = call.params().get("chat_id");
            if (chatId != null) {
                replied(Long.parseLong(String.valueOf(chatId)), false, now);
            }
        }
    }

    private void received(Map<?, ?> update, long now) {
        long updateId = ((Number) update.get("update_id")).longValue();
        Map<?, ?> message = (Map<?, ?>) update.get("message");
        Map<?, ?> query = (Map<?, ?>) update.get("callback_query");
        if (query != null) {
            message = (Map<?, ?>) query.get("message");
        }
        if (message == null) {
            return;
        }
        long chat = ((Number) ((Map<?, ?>) message.get("chat")).get("id")).longValue();
        if (query != null) {
            chatOfUpdate.put(updateId, chat);
        }
        Turn turn = waiting.get(chat);
        if (turn != null && turn.receivedAt == 0) {
            turn.receivedAt = now;
        }
    }

    private void replied(long chat, boolean answer, long now) {
        Turn turn = waiting.get(chat);
        if (turn == null || turn.button != answer) {
            if (everyMessageIsAReply && turn == null) {
                duplicates.incrementAndGet();
            }
            return; // e.g. the booking confirmation sent before the press is answered
        }
        if (!waiting.remove(chat, turn)) {
            return;
        }
        if (turn.receivedAt != 0) {
            fromReceipt.add(now - turn.receivedAt);
            if (turn.perStep != null) {
                turn.perStep.add(now - turn.receivedAt);
            }
        }
        fromCreation.add(now - turn.createdAt);
        lastReplyAt.accumulateAndGet(now, Math::max);
        repliesPerSecond.incrementAndGet((int) Math.min(3599, (now - firstUpdateAt.get()) / 1_000_000_000L));
        turn.onReply.run();
    }
}

package io.mentorbot.benchmark;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.Button;
import io.mentorbot.sandbox.emulator.SimulatedUser;

/**
 * Many simulated people, each acting like a person: they wait for the bot's reply, think for a moment, then take
 * the next step. They arrive spread over a ramp, so the load comes from many chats at once, never from one chat
 * firing fast. Event driven: replies (seen by the {@link ReplyProbe}) schedule the next step on a small timer.
 */
final class Crowd implements AutoCloseable {

    /** How people behave: when they arrive and how long they think between steps. */
    record Pace(int people, int rampMillis, int thinkMinMillis, int thinkMaxMillis) {
    }

    /** One person's script. */
    abstract static class Person {
        Crowd crowd;
        SimulatedUser user;

        /** Takes the next step: exactly one {@link #send} or {@link #press} call, or {@link #done}/{@link #fail}. */
        abstract void step();

        /** Called on the reply to the last step; by default think, then take the next step. */
        void replied() {
            crowd.later(this, this::step);
        }

        final void send(String text, Latencies perStep) {
            act(false, perStep, () -> user.sendText(text));
        }

        /**
         * Presses one of the buttons whose data starts with the prefix (at random) on the screen the person looks
         * at: the newest bot message with buttons. Returns the update id, or -1 when that screen has no such button.
         */
        final long pressAny(String dataPrefix, String exceptPrefix, Latencies perStep) {
            return pressOne(dataPrefix, exceptPrefix, perStep, false);
        }

        /** Like {@link #pressAny} but presses the last such button (e.g. "next month"). */
        final long pressLast(String dataPrefix, Latencies perStep) {
            return pressOne(dataPrefix, null, perStep, true);
        }

        private long pressOne(String dataPrefix, String exceptPrefix, Latencies perStep, boolean last) {
            List<BotMessage> messages = user.chat().messages();
            for (int i = messages.size() - 1; i >= 0; i--) {
                BotMessage screen = messages.get(i);
                if (screen.inlineKeyboard().isEmpty()) {
                    continue;
                }
                List<Button> buttons = screen.inlineKeyboard().stream().flatMap(List::stream)
                        .filter(b -> b.callbackData() != null && b.callbackData().startsWith(dataPrefix))
                        .filter(b -> exceptPrefix == null || !b.callbackData().startsWith(exceptPrefix))
                        .toList();
                if (buttons.isEmpty()) {
                    return -1;
                }
                Button pick = buttons.get(last ? buttons.size() - 1
                        : ThreadLocalRandom.current().nextInt(buttons.size()));
                return act(true, perStep, () -> user.pressData(screen.messageId(), pick.callbackData()));
            }
            return -1;
        }

        final long press(String label, Latencies perStep) {
            return act(true, perStep, () -> user.press(label));
        }

        private long act(boolean button, Latencies perStep, LongSupplier action) {
            crowd.probe.expect(user.id(), button, perStep, this::replied);
            try {
                return action.getAsLong();
            } catch (RuntimeException e) {
                crowd.probe.abandon(user.id());
                throw e;
            }
        }

        final void done() {
            // Telegram keeps chats on its own servers, not in the bot's JVM: a finished person's chat goes, so the
            // emulator's memory stays the size of the people still acting (like a real bot's).
            crowd.telegram.forgetUser(user.id());
            crowd.finished.countDown();
        }

        final void fail(String why) {
            crowd.failures.add("user " + user.id() + ": " + why);
            crowd.finished.countDown();
        }
    }

    final ReplyProbe probe;
    private final BotApiEmulator telegram;
    private final Pace pace;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "crowd-timer");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch finished;
    final Queue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger retries = new AtomicInteger();
    final Queue<String> retryReasons = new ConcurrentLinkedQueue<>();

    Crowd(BotApiEmulator telegram, ReplyProbe probe, Pace pace) {
        this.telegram = telegram;
        this.probe = probe;
        this.pace = pace;
        this.finished = new CountDownLatch(pace.people());
    }

    /** Lets people with Telegram ids firstId, firstId + 1 ... arrive and act; waits until all are done. */
    boolean run(long firstId, Supplier<Person> script, long timeoutSeconds)
            throws InterruptedException {
        telegram.addCallListener(probe);
        try {
            for (int i = 0; i < pace.people(); i++) {
                Person person = script.get();
                person.crowd = this;
                person.user = telegram.user(firstId + i, "Student" + i, "en");
                long arrival = (long) i * pace.rampMillis() / Math.max(1, pace.people());
                timer.schedule(() -> safely(person, person::step), arrival, TimeUnit.MILLISECONDS);
            }
            return finished.await(timeoutSeconds, TimeUnit.SECONDS);
        } finally {
            telegram.removeCallListener(probe);
        }
    }

    int unfinished() {
        return (int) finished.getCount();
    }

    /** Counts a step taken again (e.g. a time someone else booked first), keeping a few reasons to show. */
    void retry(String reason) {
        if (retries.incrementAndGet() <= 3) {
            retryReasons.add(reason);
        }
    }

    /** Runs a person's next action after a human pause. */
    void later(Person person, Runnable action) {
        int think = ThreadLocalRandom.current().nextInt(pace.thinkMinMillis(), pace.thinkMaxMillis() + 1);
        timer.schedule(() -> safely(person, action), think, TimeUnit.MILLISECONDS);
    }

    private static void safely(Person person, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            person.fail(e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package io.mentorbot.benchmark;

import io.mentorbot.sandbox.emulator.CallbackAnswer;

/**
 * A student who books one consultation the way a person does: /start, "Book a consultation", a topic, a mentor
 * from the list, "Choose a time", a day, a time, confirm. Picks at random among the buttons shown; when the time
 * was just taken by someone else, picks another from the fresh times the bot shows.
 */
final class BookingStudent extends Crowd.Person {

    private static final String TAKEN = "just booked by someone else";
    private static final String BOOKED = "Booked! ✅";

    /** Latencies (from receipt) per kind of step. */
    record Steps(Latencies start, Latencies menu, Latencies topics, Latencies mentorList, Latencies mentorCard,
                 Latencies month, Latencies day, Latencies book) {
        Steps() {
            this(new Latencies(), new Latencies(), new Latencies(), new Latencies(), new Latencies(),
                    new Latencies(), new Latencies(), new Latencies());
        }
    }

    private enum Step { START, MENU, TOPIC, MENTOR, CARD, DAY, TIME, CONFIRM, CONFIRMED }

    private final Steps steps;
    private volatile Step next = Step.START;
    private volatile long confirmUpdate;

    BookingStudent(Steps steps) {
        this.steps = steps;
    }

    @Override
    void step() {
        switch (next) {
            case START -> {
                next = Step.MENU;
                send("/start", steps.start());
            }
            case MENU -> {
                next = Step.TOPIC;
                press("📅 Book a consultation", steps.menu());
            }
            case TOPIC -> {
                next = Step.MENTOR;
                must(pressAny("v1:ml:", "v1:ml:all:", steps.topics()), "topic");
            }
            case MENTOR -> {
                next = Step.CARD;
                must(pressAny("v1:om:", null, steps.mentorList()), "mentor");
            }
            case CARD -> {
                next = Step.DAY;
                must(pressAny("v1:mm:", null, steps.mentorCard()), "Choose a time");
            }
            case DAY -> {
                next = Step.TIME;
                if (pressAny("v1:md:", null, steps.month()) < 0) { // nothing free this month: the next one
                    next = Step.DAY;
                    must(pressLast("v1:mm:", steps.month()), "next month");
                }
            }
            case TIME -> pickTime();
            case CONFIRM -> {
                confirmUpdate = 0;
                next = Step.CONFIRMED;
                long update = pressAny("v1:cb:", null, steps.book());
                if (update < 0) { // the time was taken before we saw the confirm screen: fresh times are shown
                    crowd.retry("no confirm screen but: " + user.chat().last().text());
                    pickTime();
                } else {
                    confirmUpdate = update;
                }
            }
            case CONFIRMED -> throw new IllegalStateException("already booked");
        }
    }

    @Override
    void replied() {
        if (next != Step.CONFIRMED) {
            super.replied();
            return;
        }
        while (confirmUpdate == 0) {
            Thread.onSpinWait(); // the press was answered before pressData returned its id: a moment
        }
        String answer = user.chat().answerFor(confirmUpdate).map(CallbackAnswer::text).orElse(null);
        if (answer != null && answer.contains(TAKEN)) {
            crowd.retry(answer);
            next = Step.TIME;
            super.replied();
        } else if (user.chat().messages().stream().anyMatch(m -> m.text() != null && m.text().startsWith(BOOKED))) {
            done();
        } else {
            fail("confirm answered \"" + answer + "\", last message: " + user.chat().last().text());
        }
    }

    private void pickTime() {
        next = Step.CONFIRM;
        if (pressAny("v1:ps:", null, steps.day()) < 0) { // the day filled up meanwhile: back to the days
            next = Step.DAY;
            must(pressAny("v1:mm:", null, steps.month()), "other days");
        }
    }

    private static long must(long updateId, String button) {
        if (updateId < 0) {
            throw new IllegalStateException("no \"" + button + "\" button to press");
        }
        return updateId;
    }
}

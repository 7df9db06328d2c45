package io.mentorbot.benchmark;

/** Sends a few texts to an echo bot, each after the echo of the previous one came back and a human pause. */
final class EchoStudent extends Crowd.Person {

    private final int rounds;
    private int sent;

    EchoStudent(int rounds) {
        this.rounds = rounds;
    }

    @Override
    void step() {
        sent++;
        send("message " + sent, null);
    }

    @Override
    void replied() {
        if (sent == rounds) {
            done();
        } else {
            super.replied();
        }
    }
}

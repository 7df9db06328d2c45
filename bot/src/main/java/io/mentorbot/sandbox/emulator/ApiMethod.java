package io.mentorbot.sandbox.emulator;

/** One Bot API method: parameters in, the "result" object out, or an {@link ApiException}. */
@FunctionalInterface
interface ApiMethod {

    Object call(Params params) throws InterruptedException;
}

/**
 * An in-process emulator of the Telegram Bot API, so the bot can run and be tested against simulated users without
 * Telegram.
 */
@org.springframework.modulith.NamedInterface("emulator")
package io.mentorbot.sandbox.emulator;

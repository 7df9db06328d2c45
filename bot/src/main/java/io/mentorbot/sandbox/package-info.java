/** Sandbox mode: with no bot token the bot talks to its own in-process Bot API emulator, on loopback only. */
package io.mentorbot.sandbox;

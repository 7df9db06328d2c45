/**
 * The mentor's part of the web API: their profile and photo, their slots, their clients and the outcome of their
 * past sessions, over the same services as the bot's {@code /profile}, {@code /newslot}, {@code /myslots},
 * {@code /clients} and the "did it take place?" question.
 */
package io.mentorbot.web.mentor;

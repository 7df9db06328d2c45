/**
 * The web adapter: the public API under {@code /api/v1} (JSON, errors as {@code application/problem+json}) over the
 * same domain services as the bot. Like {@code telegram}, it only translates requests and renders answers.
 */
package io.mentorbot.web;

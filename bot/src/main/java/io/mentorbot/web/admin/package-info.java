/**
 * The admin API under {@code /api/v1/admin} (admins only, checked on every request and again by the core): the
 * platform's numbers, filtered and paged lists, the console's actions, each through the same core call as the bot's
 * {@code /admin}, which audits it, and the CSV exports.
 */
package io.mentorbot.web.admin;

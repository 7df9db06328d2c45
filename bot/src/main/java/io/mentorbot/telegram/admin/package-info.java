/** The admin's side in Telegram: statistics and, later, the admin console. */
package io.mentorbot.telegram.admin;

/** The admin's side in Telegram: statistics, admin commands and the /admin console. */
package io.mentorbot.telegram.admin;

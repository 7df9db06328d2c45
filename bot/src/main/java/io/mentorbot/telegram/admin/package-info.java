/** The admin's side in Telegram: statistics, admin commands, decisions on mentor applications, the /admin console, and the notices that follow admin changes. */
package io.mentorbot.telegram.admin;

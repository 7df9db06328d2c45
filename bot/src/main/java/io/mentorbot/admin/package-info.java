/** Platform administration: the audit log of admin actions, temporary admin grants and CSV exports. */
package io.mentorbot.admin;

/** Who uses the platform: registration, roles (student, mentor, admin), language, time zone, pause and erasure. */
package io.mentorbot.accounts;

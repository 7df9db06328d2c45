/** After the session: whether it took place (completed or no-show), the student's review and the mentor's rating. */
package io.mentorbot.reviews;

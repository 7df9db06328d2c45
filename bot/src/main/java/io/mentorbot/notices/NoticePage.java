package io.mentorbot.notices;

import java.util.List;

/**
 * One page of a person's notices, newest first.
 *
 * @param total  how many notices the query matches
 * @param unread how many of the person's notices are unread, whatever the query
 */
public record NoticePage(List<Notice> items, int page, int size, long total, long unread) {
}

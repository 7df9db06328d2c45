package io.mentorbot.web.mentor;

import java.util.List;

/** A page of a list: {@code page} counts from 0, {@code total} is the length of the whole list. */
record Paged<T>(List<T> items, int page, int size, long total) {

    static <T> Paged<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Paged<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }
}

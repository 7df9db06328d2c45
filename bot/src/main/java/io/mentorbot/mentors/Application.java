package io.mentorbot.mentors;

import java.util.List;

/** An application to become a mentor. */
public record Application(long id, long userId, List<String> topics, String headline, String bio, Status status,
                          String reason) {

    public enum Status { PENDING, APPROVED, REJECTED }
}

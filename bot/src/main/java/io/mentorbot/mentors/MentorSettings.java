package io.mentorbot.mentors;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mentor rules.
 *
 * @param approvalRequired       whether an admin decides on applications ({@code MENTOR_APPROVAL}); false approves at once
 * @param topics                 the topic codes mentors choose from (labels come from {@code topic.<code>} texts)
 * @param headlineMaxLength      longest headline
 * @param bioMaxLength           longest bio
 * @param defaultSessionMinutes  session length of a new mentor
 * @param catalogueCacheTtl      how long the catalogue's answers (topics, pages, a mentor's bookable profile) are
 *                               reused; zero: not at all
 */
@ConfigurationProperties("mentorbot.mentors")
public record MentorSettings(Boolean approvalRequired, List<String> topics, Integer headlineMaxLength,
                             Integer bioMaxLength, Integer defaultSessionMinutes, Duration catalogueCacheTtl) {

    public MentorSettings {
        approvalRequired = approvalRequired == null || approvalRequired;
        topics = topics == null || topics.isEmpty()
                ? List.of("programming", "fitness", "investing", "design", "career", "languages", "marketing", "music")
                : List.copyOf(topics);
        headlineMaxLength = headlineMaxLength == null ? 120 : headlineMaxLength;
        bioMaxLength = bioMaxLength == null ? 1000 : bioMaxLength;
        defaultSessionMinutes = defaultSessionMinutes == null ? 60 : defaultSessionMinutes;
        catalogueCacheTtl = catalogueCacheTtl == null ? Duration.ofSeconds(5) : catalogueCacheTtl;
    }
}

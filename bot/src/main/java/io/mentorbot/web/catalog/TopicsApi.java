package io.mentorbot.web.catalog;

import java.util.Locale;

import io.mentorbot.mentors.MentorDirectory;
import io.mentorbot.mentors.MentorProfiles;
import io.mentorbot.web.catalog.CatalogJson.TopicCount;
import io.mentorbot.web.catalog.CatalogJson.Topics;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/topics}: every topic in the configured order, named in the caller's language. */
@RestController
class TopicsApi {

    private final MentorDirectory directory;
    private final MentorProfiles profiles;
    private final MessageSource messages;

    TopicsApi(MentorDirectory directory, MentorProfiles profiles, MessageSource messages) {
        this.directory = directory;
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping("/api/v1/topics")
    Topics topics(Locale locale) {
        MentorDirectory.TopicCounts counts = directory.topicCounts();
        return new Topics(profiles.topics().stream()
                .map(code -> new TopicCount(code, name(code, locale), counts.of(code))).toList());
    }

    String name(String code, Locale locale) {
        return messages.getMessage("topic." + code, null, code, locale);
    }
}

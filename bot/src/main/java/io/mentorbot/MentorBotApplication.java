package io.mentorbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** MentorBot: a Telegram booking assistant for mentors and their students. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MentorBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorBotApplication.class, args);
    }
}

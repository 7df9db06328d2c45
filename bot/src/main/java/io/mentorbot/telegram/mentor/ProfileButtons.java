package io.mentorbot.telegram.mentor;

import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.dialog.Dialogs;
import io.mentorbot.telegram.mentor.ProfileAction.EditProfile;
import io.mentorbot.telegram.mentor.ProfileAction.PickLength;
import io.mentorbot.telegram.mentor.ProfileAction.ToggleTopic;
import io.mentorbot.telegram.mentor.ProfileAction.TopicsDone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The profile's buttons: a field to edit, and the steps of the profile and application dialogs (topics, session
 * length), answered by the dialog the chat is in.
 */
@Configuration(proxyBeanMethods = false)
class ProfileButtons {

    @Bean
    ButtonHandler<EditProfile> editProfileButton(ProfileDialog profile) {
        return ButtonHandler.of(EditProfile.VERB, profile::press);
    }

    @Bean
    ButtonHandler<ToggleTopic> toggleTopicButton(Dialogs dialogs) {
        return ButtonHandler.of(ToggleTopic.VERB, dialogs::press);
    }

    @Bean
    ButtonHandler<TopicsDone> topicsDoneButton(Dialogs dialogs) {
        return ButtonHandler.of(TopicsDone.VERB, dialogs::press);
    }

    @Bean
    ButtonHandler<PickLength> pickLengthButton(Dialogs dialogs) {
        return ButtonHandler.of(PickLength.VERB, dialogs::press);
    }
}

package io.mentorbot.telegram.dialog;

import java.util.Map;

import io.mentorbot.support.BotFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question sent as a new message is remembered as its dialog's screen once Telegram has told its id, and only if
 * the chat is still in that dialog with no screen known: the user may have answered or left while it was sent.
 */
class ScreenMemoryFlowTest extends BotFlowTest {

    private static final long CHAT = 4242;

    @Autowired
    private ConversationStore conversations;

    @Test
    void theSentQuestionIsRememberedWhileTheChatIsStillInItsDialog() {
        conversations.save(new Conversation(CHAT, "email", "ASK_CODE", Map.of("address", "a@example.com",
                QuestionScreen.KEY, "")));

        conversations.remember(CHAT, "email", 77);

        Conversation stored = conversations.find(CHAT).orElseThrow();
        assertThat(QuestionScreen.of(stored)).contains(77);
        assertThat(stored.draft()).containsEntry("address", "a@example.com");
    }

    @Test
    void nothingIsWrittenWhenTheChatLeftTheDialogBeforeTheSendFinished() {
        conversations.save(new Conversation(CHAT, "email", "ASK_CODE", Map.of(QuestionScreen.KEY, "")));
        conversations.clear(CHAT);

        conversations.remember(CHAT, "email", 77);

        assertThat(conversations.find(CHAT)).isEmpty();
    }

    @Test
    void nothingIsWrittenWhenTheChatIsInAnotherDialogMeanwhile() {
        conversations.save(new Conversation(CHAT, "timezone", "ASK_ZONE", Map.of(QuestionScreen.KEY, "")));

        conversations.remember(CHAT, "email", 77);

        assertThat(QuestionScreen.of(conversations.find(CHAT).orElseThrow())).isEmpty();
    }

    @Test
    void aScreenKnownAlreadyIsNotReplaced() {
        conversations.save(new Conversation(CHAT, "email", "ASK_CODE", Map.of(QuestionScreen.KEY, "12")));

        conversations.remember(CHAT, "email", 77);

        assertThat(QuestionScreen.of(conversations.find(CHAT).orElseThrow())).contains(12);
    }
}

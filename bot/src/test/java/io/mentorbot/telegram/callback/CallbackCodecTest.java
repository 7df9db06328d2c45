package io.mentorbot.telegram.callback;

import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.account.AccountAction.ChooseLanguage;
import io.mentorbot.telegram.account.AccountAction.ChooseTimeZone;
import io.mentorbot.telegram.account.AccountAction.ConfirmErase;
import io.mentorbot.telegram.command.MenuAction.MenuItem;
import io.mentorbot.telegram.command.MenuAction.OpenMenu;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackCodecTest {

    @Test
    void everyActionSurvivesARoundTrip() {
        for (CallbackAction action : new CallbackAction[] {new OpenMenu(MenuItem.BOOK),
                new ChooseLanguage(Language.UK), new ChooseTimeZone("America/Argentina/Buenos_Aires"),
                new ConfirmErase(42), new CancelDialog(),
                new CallbackAction.AdminView(CallbackAction.AdminPane.MENTORS, 3),
                new CallbackAction.AdminUser(42, CallbackAction.AdminUserAct.UNBLOCK),
                new CallbackAction.AdminMentor(42, CallbackAction.AdminMentorAct.LIST)}) {
            assertThat(CallbackCodec.decode(CallbackCodec.encode(action))).contains(action);
        }
    }

    @Test
    void encodingIsVersionedAndCompact() {
        assertThat(CallbackCodec.encode(new ConfirmErase(42))).isEqualTo("v1:erase:42");
    }

    @Test
    void dataOverSixtyFourBytesIsNeverProduced() {
        assertThatThrownBy(() -> CallbackCodec.encode(new ChooseTimeZone("x".repeat(60))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 bytes");
    }

    @Test
    void anythingTheCodecDidNotMakeDecodesToNothing() {
        assertThat(CallbackCodec.decode(null)).isEmpty();
        assertThat(CallbackCodec.decode("")).isEmpty();
        assertThat(CallbackCodec.decode("v2:erase:42")).isEmpty();
        assertThat(CallbackCodec.decode("v1:erase:forty-two")).isEmpty();
        assertThat(CallbackCodec.decode("v1:erase:42:43")).isEmpty();
        assertThat(CallbackCodec.decode("v1:cancel:extra")).isEmpty();
        assertThat(CallbackCodec.decode("v1:lang:fr")).isEmpty();
        assertThat(CallbackCodec.decode("v1:tz:Mars/Olympus")).isEmpty();
        assertThat(CallbackCodec.decode("v1:" + "x".repeat(70))).isEmpty();
    }
}

package io.mentorbot.telegram.callback;

import java.util.List;

import io.mentorbot.accounts.Language;
import io.mentorbot.telegram.account.AccountAction.ChooseLanguage;
import io.mentorbot.telegram.account.AccountAction.ChooseTimeZone;
import io.mentorbot.telegram.account.AccountAction.ConfirmErase;
import io.mentorbot.telegram.admin.AdminAction;
import io.mentorbot.telegram.command.MenuAction.MenuItem;
import io.mentorbot.telegram.command.MenuAction.OpenMenu;
import io.mentorbot.telegram.dialog.DialogAction.CancelDialog;
import io.mentorbot.telegram.dialog.DialogAction.UnboundCancel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackCodecTest {

    private final CallbackCodec codec = CallbackCodec.of(List.of(OpenMenu.VERB, ChooseLanguage.VERB,
            ChooseTimeZone.VERB, ConfirmErase.VERB, CancelDialog.VERB, UnboundCancel.VERB, AdminAction.AdminView.VERB,
            AdminAction.AdminUser.VERB, AdminAction.AdminMentor.VERB));

    @Test
    void everyActionSurvivesARoundTrip() {
        for (CallbackAction action : new CallbackAction[] {new OpenMenu(MenuItem.BOOK),
                new ChooseLanguage(Language.UK), new ChooseTimeZone("America/Argentina/Buenos_Aires"),
                new ConfirmErase(42), new CancelDialog("profile"), new UnboundCancel(),
                new AdminAction.AdminView(AdminAction.AdminPane.MENTORS, 3),
                new AdminAction.AdminUser(42, AdminAction.AdminUserAct.UNBLOCK),
                new AdminAction.AdminMentor(42, AdminAction.AdminMentorAct.LIST)}) {
            assertThat(codec.decode(CallbackCodec.encode(action))).contains(action);
        }
    }

    @Test
    void aVerbOnlyDecodesInACodecMadeWithIt() {
        assertThat(codec.decode(CallbackCodec.encode(new Noop()))).isEmpty();
        assertThat(CallbackCodec.of(List.of(Noop.VERB)).decode("v1:nop")).contains(new Noop());
    }

    @Test
    void twoActionsClaimingOneVerbAreRefused() {
        Verb<Noop> impostor = Verb.of(ConfirmErase.VERB.name(), Noop.class, new Noop());
        assertThatThrownBy(() -> CallbackCodec.of(List.of(ConfirmErase.VERB, impostor)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'erase'");
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
        assertThat(codec.decode(null)).isEmpty();
        assertThat(codec.decode("")).isEmpty();
        assertThat(codec.decode("v2:erase:42")).isEmpty();
        assertThat(codec.decode("v1:erase:forty-two")).isEmpty();
        assertThat(codec.decode("v1:erase:42:43")).isEmpty();
        assertThat(codec.decode("v1:cancel:extra")).isEmpty();
        assertThat(codec.decode("v1:lang:fr")).isEmpty();
        assertThat(codec.decode("v1:tz:Mars/Olympus")).isEmpty();
        assertThat(codec.decode("v1:" + "x".repeat(70))).isEmpty();
    }
}

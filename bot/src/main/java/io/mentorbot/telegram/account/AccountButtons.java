package io.mentorbot.telegram.account;

import io.mentorbot.telegram.account.AccountAction.ChooseLanguage;
import io.mentorbot.telegram.account.AccountAction.ChooseTimeZone;
import io.mentorbot.telegram.account.AccountAction.ConfirmErase;
import io.mentorbot.telegram.account.AccountAction.EditEmail;
import io.mentorbot.telegram.account.AccountAction.KeepAccount;
import io.mentorbot.telegram.account.AccountAction.OpenSettings;
import io.mentorbot.telegram.dialog.ButtonHandler;
import io.mentorbot.telegram.view.Keyboards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account settings' buttons. Each acts on the presser's own account only. */
@Configuration(proxyBeanMethods = false)
class AccountButtons {

    @Bean
    ButtonHandler<OpenSettings> openSettingsButton(SettingsCommand settings) {
        return ButtonHandler.of(OpenSettings.VERB, settings::press);
    }

    @Bean
    ButtonHandler<ChooseLanguage> chooseLanguageButton(LanguageCommand language) {
        return ButtonHandler.of(ChooseLanguage.VERB, language::press);
    }

    @Bean
    ButtonHandler<ChooseTimeZone> chooseTimeZoneButton(TimeZoneDialog timeZone) {
        return ButtonHandler.of(ChooseTimeZone.VERB, timeZone::press);
    }

    @Bean
    ButtonHandler<EditEmail> editEmailButton(EmailDialog email) {
        return ButtonHandler.of(EditEmail.VERB, email::press);
    }

    @Bean
    ButtonHandler<ConfirmErase> confirmEraseButton(DeleteMeCommand deleteMe) {
        return ButtonHandler.of(ConfirmErase.VERB, deleteMe::press);
    }

    /** "No, keep my account" under the erase confirmation. */
    @Bean
    ButtonHandler<KeepAccount> keepAccountButton() {
        return ButtonHandler.of(KeepAccount.VERB, (turn, pressed) -> {
            String kept = turn.t("deleteme.kept");
            turn.notice(kept);
            turn.show(kept, Keyboards.column(SettingsCommand.back(turn)));
        });
    }
}

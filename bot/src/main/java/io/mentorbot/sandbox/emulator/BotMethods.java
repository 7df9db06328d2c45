package io.mentorbot.sandbox.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The methods about the bot itself: identity, updates, webhook, files and commands. */
final class BotMethods {

    private final EmulatorState state;

    BotMethods(EmulatorState state) {
        this.state = state;
    }

    void registerInto(Map<String, ApiMethod> methods) {
        methods.put("getme", p -> meJson());
        methods.put("getupdates", this::getUpdates);
        methods.put("setwebhook", this::setWebhook);
        methods.put("deletewebhook", p -> {
            state.updates.setWebhook("", p.bool("drop_pending_updates"));
            return Boolean.TRUE;
        });
        methods.put("getwebhookinfo", p -> Map.of("url", state.updates.webhookUrl(),
                "has_custom_certificate", false, "pending_update_count", state.updates.pendingCount()));
        methods.put("getfile", this::getFile);
        methods.put("setmycommands", p -> {
            state.commands.set(p.json("scope"), p.string("language_code"), p.json("commands"));
            return Boolean.TRUE;
        });
        methods.put("getmycommands", p -> state.commands.get(p.json("scope"), p.string("language_code")));
        methods.put("deletemycommands", p -> {
            state.commands.delete(p.json("scope"), p.string("language_code"));
            return Boolean.TRUE;
        });
    }

    private Object meJson() {
        Map<String, Object> me = new LinkedHashMap<>(state.botUser);
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        return me;
    }

    private Object getUpdates(Params p) throws InterruptedException {
        Object allowed = p.json("allowed_updates");
        return state.updates.poll(p.optLong("offset"), p.intValue("limit", 100), p.intValue("timeout", 0),
                allowed instanceof List<?> list ? list : null);
    }

    private Object setWebhook(Params p) {
        String url = p.string("url");
        boolean plainHttpAllowed = state.webhookDelivery() != null && url != null && url.startsWith("http://");
        if (url != null && !url.isEmpty() && !url.startsWith("https://") && !plainHttpAllowed) {
            throw ApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = p.string("secret_token");
        if (secret != null && !secret.matches("[A-Za-z0-9_-]{0,256}")) {
            throw ApiException.badRequest("bad webhook: secret token contains unallowed characters");
        }
        Object allowed = p.json("allowed_updates");
        state.updates.setWebhook(url, secret, p.intValue("max_connections", 40),
                allowed instanceof List<?> list ? list : null, p.bool("drop_pending_updates"));
        return Boolean.TRUE;
    }

    private Object getFile(Params p) {
        return state.files.byId(p.string("file_id")).map(MessageJson::file)
                .orElseThrow(() -> ApiException.badRequest("invalid file_id"));
    }
}

package io.mentorbot.sandbox.emulator;

import java.util.Map;
import java.util.Set;

/** The methods that send, edit and delete messages, answer button presses and show chat actions. */
final class MessageMethods {

    private static final int MAX_TEXT = 4096;
    private static final int MAX_CAPTION = 1024;
    private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video",
            "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");

    private final EmulatorState state;

    MessageMethods(EmulatorState state) {
        this.state = state;
    }

    void registerInto(Map<String, ApiMethod> methods) {
        methods.put("sendmessage", this::sendMessage);
        methods.put("sendphoto", p -> sendMedia(p, "photo"));
        methods.put("senddocument", p -> sendMedia(p, "document"));
        methods.put("editmessagetext", p -> edit(p, ChatLog.EditKind.TEXT));
        methods.put("editmessagecaption", p -> edit(p, ChatLog.EditKind.CAPTION));
        methods.put("editmessagereplymarkup", p -> edit(p, ChatLog.EditKind.MARKUP));
        methods.put("editmessagemedia", this::editMedia);
        methods.put("deletemessage", this::deleteMessage);
        methods.put("answercallbackquery", this::answerCallbackQuery);
        methods.put("sendchataction", this::sendChatAction);
    }

    private Object sendMessage(Params p) {
        ChatLog chat = state.writableChat(p);
        String text = p.string("text");
        String mode = p.string("parse_mode");
        checkText(text, mode);
        return chat.send(text, mode, Keyboards.parse(p.json("reply_markup")), null, null);
    }

    private Object sendMedia(Params p, String field) {
        ChatLog chat = state.writableChat(p);
        String caption = p.string("caption");
        String mode = p.string("parse_mode");
        checkCaption(caption, mode);
        Keyboards.Markup markup = Keyboards.parse(p.json("reply_markup"));
        FileRef file = file(p, field);
        return field.equals("photo") ? chat.send(caption, mode, markup, file, null)
                : chat.send(caption, mode, markup, null, file);
    }

    private Object edit(Params p, ChatLog.EditKind kind) {
        if (p.string("chat_id") == null && p.string("inline_message_id") != null) {
            throw ApiException.badRequest("MESSAGE_ID_INVALID"); // the emulator sends no inline-mode messages
        }
        ChatLog chat = state.writableChat(p);
        Long messageId = p.optLong("message_id");
        if (messageId == null) {
            throw ApiException.badRequest("message identifier is not specified");
        }
        String text = kind == ChatLog.EditKind.TEXT ? p.string("text") : p.string("caption");
        String mode = p.string("parse_mode");
        if (kind == ChatLog.EditKind.TEXT) {
            checkText(text, mode);
        } else if (kind == ChatLog.EditKind.CAPTION) {
            checkCaption(text, mode);
        }
        return chat.edit(messageId, kind, text, mode, Keyboards.parse(p.json("reply_markup")));
    }

    /** A new photo or file for a message (a text message gets one, as Telegram allows), with its caption. */
    private Object editMedia(Params p) {
        if (p.string("chat_id") == null && p.string("inline_message_id") != null) {
            throw ApiException.badRequest("MESSAGE_ID_INVALID"); // the emulator sends no inline-mode messages
        }
        ChatLog chat = state.writableChat(p);
        Long messageId = p.optLong("message_id");
        if (messageId == null) {
            throw ApiException.badRequest("message identifier is not specified");
        }
        if (!(p.json("media") instanceof Map<?, ?> media)) {
            throw ApiException.badRequest("can't parse InputMedia JSON object");
        }
        String type = String.valueOf(media.get("type"));
        if (!type.equals("photo") && !type.equals("document")) {
            throw ApiException.badRequest("the emulator edits photos and documents only, not " + type);
        }
        String caption = media.get("caption") == null ? null : media.get("caption").toString();
        String mode = media.get("parse_mode") == null ? null : media.get("parse_mode").toString();
        checkCaption(caption, mode);
        FileRef file = mediaFile(p, media.get("media") == null ? null : media.get("media").toString(), type);
        Keyboards.Markup markup = Keyboards.parse(p.json("reply_markup"));
        return type.equals("photo") ? chat.editMedia(messageId, file, null, caption, mode, markup)
                : chat.editMedia(messageId, null, file, caption, mode, markup);
    }

    /** The file an InputMedia names: an uploaded part ("attach://name") or a file_id sent before. */
    private FileRef mediaFile(Params p, String reference, String type) {
        if (reference == null || reference.isBlank()) {
            throw ApiException.badRequest("there is no media in the request");
        }
        Params.Upload upload = p.attached(reference);
        if (upload != null) {
            return state.files.put(upload.bytes(), upload.fileName(), upload.contentType(), type + "s").ref();
        }
        if (reference.startsWith("attach://")) {
            throw ApiException.badRequest("wrong remote file identifier specified: can't unserialize it");
        }
        return state.files.byId(reference).map(FileStore.StoredFile::ref)
                .orElseThrow(() -> ApiException.badRequest("wrong file identifier/HTTP URL specified"));
    }

    private Object deleteMessage(Params p) {
        ChatLog chat = state.chat(p);
        Long messageId = p.optLong("message_id");
        if (messageId == null) {
            throw ApiException.badRequest("message identifier is not specified");
        }
        chat.delete(messageId);
        return Boolean.TRUE;
    }

    private Object answerCallbackQuery(Params p) {
        String id = p.string("callback_query_id");
        EmulatorState.OpenCallback open = id == null ? null : state.openCallbacks.remove(id);
        if (open == null) {
            throw ApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        open.chat().recordAnswer(open.updateId(), new CallbackAnswer(id, p.string("text"), p.bool("show_alert")));
        return Boolean.TRUE;
    }

    private Object sendChatAction(Params p) {
        state.writableChat(p);
        if (!CHAT_ACTIONS.contains(String.valueOf(p.string("action")))) {
            throw ApiException.badRequest("wrong parameter action in request");
        }
        return Boolean.TRUE;
    }

    /** The uploaded file part, or an existing file_id sent again. */
    private FileRef file(Params p, String field) {
        Params.Upload upload = p.upload(field);
        if (upload != null) {
            if (upload.bytes().length == 0) {
                throw ApiException.badRequest("file must be non-empty");
            }
            return state.files.put(upload.bytes(), upload.fileName(), upload.contentType(), field + "s").ref();
        }
        String fileId = p.string(field);
        if (fileId == null || fileId.isBlank()) {
            throw ApiException.badRequest("there is no " + field + " in the request");
        }
        return state.files.byId(fileId).map(FileStore.StoredFile::ref)
                .orElseThrow(() -> ApiException.badRequest("wrong file identifier/HTTP URL specified"));
    }

    private static void checkText(String text, String parseMode) {
        String visible = text == null ? "" : HtmlText.plain(text, parseMode);
        if (visible.isBlank()) {
            throw ApiException.badRequest("message text is empty");
        }
        if (visible.length() > MAX_TEXT) {
            throw ApiException.badRequest("message is too long");
        }
    }

    private static void checkCaption(String caption, String parseMode) {
        if (caption != null && HtmlText.plain(caption, parseMode).length() > MAX_CAPTION) {
            throw ApiException.badRequest("message caption is too long");
        }
    }
}

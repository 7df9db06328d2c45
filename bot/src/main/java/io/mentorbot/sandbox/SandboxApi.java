package io.mentorbot.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mentorbot.sandbox.emulator.BotApiEmulator;
import io.mentorbot.sandbox.emulator.BotMessage;
import io.mentorbot.sandbox.emulator.CallbackAnswer;
import io.mentorbot.sandbox.emulator.FileRef;
import io.mentorbot.sandbox.emulator.SimulatedUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The small JSON API behind the sandbox web chat: be someone, talk, press buttons, start over. */
@RestController
@RequestMapping("/sandbox/api")
@OnSandbox
class SandboxApi {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);

    record NewPersona(String name, String language) {
    }

    record Text(String text) {
    }

    record Press(long messageId, String button) {
    }

    /** What became of a button press: the bot's short answer (a toast or an alert), if it gave one in time. */
    record Pressed(long updateId, boolean answered, String text, boolean alert) {
    }

    record Sent(long updateId) {
    }

    private final Personas personas;
    private final DemoData demo;
    private final BotApiEmulator emulator;

    SandboxApi(Personas personas, DemoData demo, BotApiEmulator emulator) {
        this.personas = personas;
        this.demo = demo;
        this.emulator = emulator;
    }

    @GetMapping("/personas")
    List<Personas.Persona> personas() {
        return personas.all();
    }

    @PostMapping("/personas")
    ResponseEntity<Personas.Persona> add(@RequestBody NewPersona request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(personas.add(request.name(), request.language()));
    }

    @GetMapping("/personas/{id}/chat")
    ChatView chat(@PathVariable long id) {
        return ChatView.of(user(id), emulator);
    }

    @PostMapping("/personas/{id}/messages")
    Sent send(@PathVariable long id, @RequestBody Text request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("Type something first");
        }
        return new Sent(user(id).sendText(request.text()));
    }

    @PostMapping("/personas/{id}/press")
    Pressed press(@PathVariable long id, @RequestBody Press request) throws InterruptedException {
        SimulatedUser user = user(id);
        BotMessage message = user.chat().message(request.messageId())
                .orElseThrow(() -> new IllegalArgumentException("No such message"));
        long update = user.press(message, request.button());
        Instant until = Instant.now().plus(ANSWER_WAIT);
        Optional<CallbackAnswer> answer = user.chat().answerFor(update);
        while (answer.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(40); // the bot answers every press; a slow one just gets no toast
            answer = user.chat().answerFor(update);
        }
        return answer.map(a -> new Pressed(update, true, a.text(), a.showAlert()))
                .orElseGet(() -> new Pressed(update, false, null, false));
    }

    @PostMapping(path = "/personas/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Sent sendPhoto(@PathVariable long id, @RequestParam("file") MultipartFile file,
                   @RequestParam(name = "caption", required = false) String caption) throws IOException {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("The picture is empty");
        }
        String text = caption == null || caption.isBlank() ? null : caption;
        return new Sent(user(id).sendPhoto(file.getBytes(), text));
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String fileId) {
        FileRef file = emulator.file(fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MediaType type = file.mimeType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.mimeType());
        var response = ResponseEntity.ok().contentType(type);
        if (!type.getType().equals("image")) {
            response.header("Content-Disposition", ContentDisposition.attachment()
                    .filename(file.fileName() == null ? fileId : file.fileName()).build().toString());
        }
        return response.body(file.bytes());
    }

    @PostMapping("/reset")
    List<Personas.Persona> reset() {
        demo.reset();
        return personas.all();
    }

    /** Every call but the page itself needs the sandbox's own database. */
    @ModelAttribute
    void onlyOnTheSandboxsOwnDatabase() {
        if (!demo.isDemoDatabase()) {
            throw new DemoData.ForeignDatabase();
        }
    }

    private SimulatedUser user(long id) {
        return personas.user(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No persona " + id));
    }

    @ExceptionHandler(DemoData.ForeignDatabase.class)
    ResponseEntity<Map<String, String>> foreign(DemoData.ForeignDatabase e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    ResponseEntity<Map<String, String>> refused(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }
}

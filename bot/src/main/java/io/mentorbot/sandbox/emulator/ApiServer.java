package io.mentorbot.sandbox.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardServer;
import org.apache.catalina.core.StandardThreadExecutor;
import org.apache.catalina.startup.Tomcat;

/**
 * The HTTP side: routes {@code /bot<token>/<method>} and {@code /file/bot<token>/<path>} on 127.0.0.1.
 *
 * <p>Served by an embedded Tomcat (already the application's web server) rather than the JDK's built-in server: under
 * load the JDK server allocated about 30 KB per request and spent a third of the emulator's time in its own request
 * handling, which weighed on every benchmark that runs the bot and the emulator in one process.
 */
final class ApiServer {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final EmulatorState state;
    private final RequestParser parser;
    private final Map<String, ApiMethod> methods = new HashMap<>();
    private final Tomcat tomcat;
    private final Connector connector;
    private final Path baseDir;

    ApiServer(EmulatorState state, int port) throws IOException {
        this.state = state;
        this.parser = new RequestParser(state.mapper);
        new MessageMethods(state).registerInto(methods);
        new BotMethods(state).registerInto(methods);
        String name = "bot-api-emulator-" + INSTANCES.incrementAndGet();
        this.baseDir = Files.createTempDirectory("bot-api-emulator");
        this.tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.getEngine().setName(name);
        tomcat.getService().setName(name);
        // An emulator left open must not keep the JVM alive.
        ((StandardServer) tomcat.getServer()).setUtilityThreadsAsDaemon(true);
        this.connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        connector.setProperty("maxKeepAliveRequests", "-1"); // like Telegram: a connection serves any number of calls
        connector.setProperty("tcpNoDelay", "true");
        connector.setProperty("bindOnInit", "true");
        // Every pending long poll holds a thread, and test users must never wait behind one. Named for what they
        // serve, so the benchmarks can tell the emulator's CPU time from the bot's.
        StandardThreadExecutor threads = new StandardThreadExecutor();
        threads.setName(name);
        threads.setNamePrefix(name + "-");
        threads.setMaxThreads(500);
        threads.setMinSpareThreads(4);
        tomcat.getService().addExecutor(threads);
        connector.getProtocolHandler().setExecutor(threads);
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDir.toAbsolutePath().toString());
        Tomcat.addServlet(context, "bot-api", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                handle(request, response);
            }
        }).setAsyncSupported(false);
        context.addServletMappingDecoded("/", "bot-api");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            stop();
            throw new IOException("Cannot start the Bot API emulator on 127.0.0.1:" + port, e);
        }
        if (connector.getState() != LifecycleState.STARTED) { // e.g. the port is taken: Tomcat logs it, no exception
            stop();
            throw new IOException("Cannot listen on 127.0.0.1:" + port);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    void stop() {
        state.updates.close();
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            // stopping anyway: nothing is left to serve
        } finally {
            deleteBaseDir();
        }
    }

    private void deleteBaseDir() {
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response) {
        try {
            String path = request.getRequestURI();
            if (path.startsWith("/file/bot")) {
                download(response, path.substring("/file/bot".length()));
            } else if (path.startsWith("/bot")) {
                respond(response, call(request, path.substring("/bot".length())));
            } else {
                respond(response, error(new ApiException(404, "Not Found", null)));
            }
        } catch (IOException | RuntimeException e) {
            // The client went away (e.g. a long poll abandoned at shutdown); nothing left to answer.
        }
    }

    private Map<String, Object> call(HttpServletRequest request, String tokenAndMethod) throws IOException {
        int slash = tokenAndMethod.indexOf('/');
        String token = slash < 0 ? tokenAndMethod : tokenAndMethod.substring(0, slash);
        String method = slash < 0 ? "" : tokenAndMethod.substring(slash + 1).toLowerCase(Locale.ROOT);
        byte[] body = readBody(request);
        try {
            if (!token.equals(state.token)) {
                throw new ApiException(401, "Unauthorized", null);
            }
            Params params = parser.parse(request.getQueryString(), request.getContentType(), body);
            Map<String, Object> recorded = params.recorded();
            state.record(method, recorded);
            ApiMethod handler = methods.get(method);
            if (handler == null) {
                throw new ApiException(404, "Not Found", null);
            }
            Duration delay = state.faults.delayFor(method);
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            ApiException injected = state.faults.takeFailure(method);
            if (injected != null) {
                throw injected;
            }
            state.faults.checkRateLimit(method, params.string("chat_id"));
            Map<String, Object> ok = new LinkedHashMap<>();
            ok.put("ok", true);
            Object result = handler.call(params);
            ok.put("result", result);
            state.served(new ServedCall(method, recorded, result));
            return ok;
        } catch (ApiException e) {
            return error(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(new ApiException(502, "Bad Gateway", null)); // the emulator is shutting down
        } catch (RuntimeException e) {
            return error(new ApiException(500, "Internal Server Error: " + e, null));
        }
    }

    /** The request body; read in one piece when its length is declared (readAllBytes grows buffers in steps). */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        int length = request.getContentLength();
        return length >= 0 ? request.getInputStream().readNBytes(length) : request.getInputStream().readAllBytes();
    }

    private void download(HttpServletResponse response, String tokenAndPath) throws IOException {
        int slash = tokenAndPath.indexOf('/');
        String token = slash < 0 ? tokenAndPath : tokenAndPath.substring(0, slash);
        if (!token.equals(state.token)) {
            respond(response, error(new ApiException(401, "Unauthorized", null)));
            return;
        }
        FileStore.StoredFile file = state.files.byPath(tokenAndPath.substring(slash + 1)).orElse(null);
        if (file == null) {
            respond(response, error(new ApiException(404, "Not Found", null)));
            return;
        }
        byte[] bytes = file.ref().bytes();
        response.setStatus(200);
        response.setContentType(String.valueOf(file.ref().mimeType()));
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static Map<String, Object> error(ApiException e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", false);
        json.put("error_code", e.errorCode());
        json.put("description", e.description());
        if (e.retryAfter() != null) {
            json.put("parameters", Map.of("retry_after", e.retryAfter()));
        }
        return json;
    }

    private void respond(HttpServletResponse response, Map<String, Object> json) throws IOException {
        byte[] bytes = state.mapper.writeValueAsBytes(json);
        int code = Boolean.TRUE.equals(json.get("ok")) ? 200 : (Integer) json.get("error_code");
        int status = code >= 200 && code <= 599 ? code : 500; // an odd injected code still needs a legal status
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }
}

package io.mentorbot.sandbox.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The HTTP side: routes {@code /bot<token>/<method>} and {@code /file/bot<token>/<path>} on 127.0.0.1. */
final class ApiServer {

    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY the body waits for the client's
        // delayed ACK (Nagle), about 40 ms per call, where Telegram answers at once. Read once, at the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final EmulatorState state;
    private final RequestParser parser;
    private final Map<String, ApiMethod> methods = new HashMap<>();
    private final ExecutorService executor;
    private final HttpServer server;

    ApiServer(EmulatorState state, int port) throws IOException {
        this.state = state;
        this.parser = new RequestParser(state.mapper);
        new MessageMethods(state).registerInto(methods);
        new BotMethods(state).registerInto(methods);
        // Unbounded pool: every pending long poll holds a thread, and test users must never wait behind one.
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "bot-api-emulator-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        state.updates.close();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/file/bot")) {
                download(exchange, path.substring("/file/bot".length()));
            } else if (path.startsWith("/bot")) {
                respond(exchange, call(exchange, path.substring("/bot".length())));
            } else {
                respond(exchange, error(new ApiException(404, "Not Found", null)));
            }
        } catch (IOException | RuntimeException e) {
            // The client went away (e.g. a long poll abandoned at shutdown); nothing left to answer.
        } finally {
            exchange.close();
        }
    }

    private Map<String, Object> call(HttpExchange exchange, String tokenAndMethod) throws IOException {
        int slash = tokenAndMethod.indexOf('/');
        String token = slash < 0 ? tokenAndMethod : tokenAndMethod.substring(0, slash);
        String method = slash < 0 ? "" : tokenAndMethod.substring(slash + 1).toLowerCase(Locale.ROOT);
        byte[] body = readBody(exchange);
        try {
            if (!token.equals(state.token)) {
                throw new ApiException(401, "Unauthorized", null);
            }
            Params params = parser.parse(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
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
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                int length = Integer.parseInt(declared.trim());
                if (length >= 0) {
                    return exchange.getRequestBody().readNBytes(length);
                }
            } catch (NumberFormatException e) {
                // not a number: read to the end instead
            }
        }
        return exchange.getRequestBody().readAllBytes();
    }

    private void download(HttpExchange exchange, String tokenAndPath) throws IOException {
        int slash = tokenAndPath.indexOf('/');
        String token = slash < 0 ? tokenAndPath : tokenAndPath.substring(0, slash);
        if (!token.equals(state.token)) {
            respond(exchange, error(new ApiException(401, "Unauthorized", null)));
            return;
        }
        FileStore.StoredFile file = state.files.byPath(tokenAndPath.substring(slash + 1)).orElse(null);
        if (file == null) {
            respond(exchange, error(new ApiException(404, "Not Found", null)));
            return;
        }
        byte[] bytes = file.ref().bytes();
        exchange.getResponseHeaders().set("Content-Type", String.valueOf(file.ref().mimeType()));
        exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
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

    private void respond(HttpExchange exchange, Map<String, Object> json) throws IOException {
        byte[] bytes = state.mapper.writeValueAsBytes(json);
        int code = Boolean.TRUE.equals(json.get("ok")) ? 200 : (Integer) json.get("error_code");
        int status = code >= 200 && code <= 599 ? code : 500; // an odd injected code still needs a legal status
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

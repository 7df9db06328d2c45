package io.mentorbot.telegram.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP load balancer on loopback: each request goes to the next backend in turn, with its body and the
 * headers a webhook call carries, and the backend's status comes back. 502 while no backend is known.
 */
final class RoundRobinBalancer implements AutoCloseable {

    private static final List<String> FORWARDED_HEADERS = List.of("Content-Type", "X-Telegram-Bot-Api-Secret-Token");

    private final List<Integer> backends = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicLong> served = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newBuilder().executor(threads).build();
    private final HttpServer server;

    RoundRobinBalancer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void add(int backendPort) {
        served.put(backendPort, new AtomicLong());
        backends.add(backendPort);
    }

    /** Requests a backend answered, by its port. */
    long served(int backendPort) {
        return served.get(backendPort).get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (backends.isEmpty()) {
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            int port = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(10))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : FORWARDED_HEADERS) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            int status;
            try {
                status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                served.get(port).incrementAndGet();
            } catch (IOException e) {
                status = 502;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 502;
            }
            exchange.sendResponseHeaders(status, -1);
            OutputStream ignored = exchange.getResponseBody();
            ignored.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

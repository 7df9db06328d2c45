package io.mentorbot.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox answers this machine only, and changes nothing without the page's token: real HTTP requests, written
 * byte by byte so that addresses, names and headers are exactly what a browser, a proxy or another site would send.
 */
class SandboxGateTest extends SandboxAppTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @BeforeEach
    void freshDemoPlatform() {
        demo.reset();
    }

    @Test
    void thePageAnswersThisMachineWithItsTokenAndNeverInsideAnotherSitesFrame() throws IOException {
        Answer page = request(LOOPBACK, "GET /sandbox HTTP/1.1", "Host: localhost:" + port);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<meta name=\"sandbox-token\" content=\"" + gate.token() + "\">");
        assertThat(page.head()).containsIgnoringCase("X-Frame-Options: DENY")
                .containsIgnoringCase("Content-Security-Policy: frame-ancestors 'none'")
                .containsIgnoringCase("Cache-Control: no-store");
        assertThat(request(LOOPBACK, "GET /sandbox/api/personas HTTP/1.1", "Host: 127.0.0.1:" + port).status())
                .isEqualTo(200);
    }

    @Test
    void anotherMachineIsNotAnsweredEvenWhenItClaimsToBeLocal() throws IOException {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "this machine has no address but loopback");

        for (String path : new String[]{"/sandbox", "/sandbox/api/personas", "/sandbox/assets/sandbox.js"}) {
            assertThat(request(lan.get(), "GET " + path + " HTTP/1.1", "Host: localhost:" + port).status())
                    .as(path).isEqualTo(404);
            assertThat(request(lan.get(), "GET " + path + " HTTP/1.1", "Host: localhost:" + port,
                    "X-Forwarded-For: 127.0.0.1").status()).as(path + " with a forged X-Forwarded-For").isEqualTo(404);
        }
    }

    @Test
    void aRequestAProxyForwardsIsNotLocalThoughTheProxyIs() throws IOException {
        assertThat(request(LOOPBACK, "GET /sandbox/api/personas HTTP/1.1", "Host: localhost:" + port,
                "X-Forwarded-For: 203.0.113.7").status()).isEqualTo(404);
        assertThat(request(LOOPBACK, "GET /sandbox HTTP/1.1", "Host: localhost:" + port,
                "Forwarded: for=203.0.113.7").status()).isEqualTo(404);
    }

    @Test
    void aSiteWhoseNamePointsAtThisMachineIsNotAnswered() throws IOException {
        assertThat(request(LOOPBACK, "GET /sandbox HTTP/1.1", "Host: attacker.example:" + port).status())
                .isEqualTo(404);
        assertThat(request(LOOPBACK, "GET /sandbox/api/personas HTTP/1.1", "Host: 127.0.0.1.nip.io").status())
                .isEqualTo(404);
    }

    @Test
    void aCrossSiteFormPostWithoutTheTokenIsRefusedAndChangesNothing() throws IOException {
        long users = count("SELECT count(*) FROM users");
        jdbc.sql("UPDATE mentor_profiles SET headline = 'kept'").update();

        Answer reset = request(LOOPBACK, "POST /sandbox/api/reset HTTP/1.1", "Host: localhost:" + port,
                "Origin: https://attacker.example", "Content-Type: application/x-www-form-urlencoded",
                "Content-Length: 0");
        Answer wrongToken = request(LOOPBACK, "POST /sandbox/api/reset HTTP/1.1", "Host: localhost:" + port,
                "X-Sandbox-Token: " + gate.token().substring(1) + "x", "Content-Length: 0");
        String persona = "{\"name\":\"Mallory\",\"language\":\"en\"}";
        Answer add = request(LOOPBACK, "POST /sandbox/api/personas HTTP/1.1", "Host: localhost:" + port,
                "Content-Type: text/plain", "Content-Length: " + persona.length(), "", persona);

        assertThat(reset.status()).isEqualTo(403);
        assertThat(reset.body()).contains("sandbox page");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(add.status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE headline = 'kept'")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(users);
    }

    @Test
    void theSamePostWithThePagesTokenGoesThrough() throws IOException {
        jdbc.sql("UPDATE mentor_profiles SET headline = 'changed'").update();

        Answer reset = request(LOOPBACK, "POST /sandbox/api/reset HTTP/1.1", "Host: localhost:" + port,
                "X-Sandbox-Token: " + gate.token(), "Content-Length: 0");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM mentor_profiles WHERE headline = 'changed'")).isZero();
    }

    @Test
    void theAddressIsTheContainersNotOneAWrapperTookFromAHeader() {
        MockHttpServletRequest received = new MockHttpServletRequest("GET", "/sandbox");
        received.setLocalAddr("127.0.0.1");
        received.setRemoteAddr("192.0.2.9");
        received.addHeader("Host", "localhost");
        HttpServletRequestWrapper claimingLoopback = new HttpServletRequestWrapper(received) {
            @Override
            public String getRemoteAddr() {
                return "127.0.0.1";
            }
        };
        MockHttpServletRequest direct = new MockHttpServletRequest("GET", "/sandbox");
        direct.setLocalAddr("127.0.0.1");
        direct.setRemoteAddr("127.0.0.1");
        direct.addHeader("Host", "localhost");

        assertThat(SandboxGate.local(claimingLoopback)).isFalse();
        assertThat(SandboxGate.local(direct)).isTrue();
    }

    /** What came back: the status, the head (status line and headers) and the body. */
    record Answer(int status, String head, String body) {
    }

    /** Sends the lines as one HTTP/1.1 request (with Connection: close) to the application's port at that address. */
    private Answer request(InetAddress address, String... lines) throws IOException {
        StringBuilder text = new StringBuilder();
        boolean body = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                text.append("Connection: close\r\n\r\n");
                body = true;
            } else {
                text.append(line).append(body ? "" : "\r\n");
            }
        }
        if (!body) {
            text.append("Connection: close\r\n\r\n");
        }
        try (Socket socket = new Socket(address, port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, split < 0 ? "" : answer.substring(split + 4));
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }
}

package io.mentorbot.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the sandbox pages and their API: only this machine gets in, and only the page itself may change
 * anything.
 *
 * <ul>
 *   <li>Local only: the connection was accepted on a loopback address (which only this machine can reach; an
 *       address taken from a proxy's headers cannot change that), from a loopback address, without forwarding
 *       headers (a proxy here that forwards others' requests says so), and it names a loopback host (so a web page
 *       whose own name points at 127.0.0.1 does not reach in). Anything else gets 404.</li>
 *   <li>Changes need the page's token: a request other than GET or HEAD must carry {@value #TOKEN_HEADER} with this
 *       process's random token, which only the sandbox page knows (a form another site posts cannot send the header,
 *       and that site cannot read the page). Without it: 403, and nothing changes.</li>
 * </ul>
 */
class SandboxGate extends OncePerRequestFilter {

    static final String TOKEN_HEADER = "X-Sandbox-Token";
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Real-IP");
    private static final Set<String> READING = Set.of("GET", "HEAD");

    private final String token;

    SandboxGate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** This process's token, for the page to send back. */
    String token() {
        return token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!local(request)) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        if (!READING.contains(request.getMethod()) && !tokenMatches(request.getHeader(TOKEN_HEADER))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "Changes come from the sandbox page only: reload it and try again");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the request comes straight from this machine, judged on the container's own request. The remote address
     * alone is not enough: with proxy support on (server.forward-headers-strategy), the container or a wrapper takes
     * it from X-Forwarded-For, which anyone can send; the address the connection arrived at is the socket's own.
     */
    static boolean local(HttpServletRequest request) {
        ServletRequest received = request;
        while (received instanceof ServletRequestWrapper wrapper) {
            received = wrapper.getRequest();
        }
        HttpServletRequest direct = (HttpServletRequest) received;
        return loopbackAddress(direct.getLocalAddr()) && loopbackAddress(direct.getRemoteAddr())
                && FORWARDING_HEADERS.stream().noneMatch(name -> direct.getHeader(name) != null)
                && loopbackHost(direct.getHeader("Host"));
    }

    boolean tokenMatches(String sent) {
        return sent != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean loopbackAddress(String address) {
        if (address == null || !(address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.contains(":"))) {
            return false; // an address literal only: a name is never looked up
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The Host header names this machine: localhost, or a loopback address. */
    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end > 0 && loopbackAddress(name.substring(1, end));
        }
        int colon = name.indexOf(':');
        name = colon < 0 ? name : name.substring(0, colon);
        return name.equals("localhost") || loopbackAddress(name);
    }

    private static void refuse(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }
}

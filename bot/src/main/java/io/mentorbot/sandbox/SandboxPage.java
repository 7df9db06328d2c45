package io.mentorbot.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web chat page at /sandbox and its script and style sheet, served only in sandbox mode. The page carries the
 * process's {@link SandboxGate} token for its script to send back, so it is neither kept by caches nor shown inside
 * another site's frame (where a click could be stolen).
 */
@Controller
@OnSandbox
class SandboxPage {

    private static final String TOKEN_SLOT = "<meta name=\"sandbox-token\" content=\"\">";

    private final String page;

    SandboxPage(SandboxGate gate) throws IOException {
        String html = new ClassPathResource("sandbox/index.html").getContentAsString(StandardCharsets.UTF_8);
        if (!html.contains(TOKEN_SLOT)) {
            throw new IllegalStateException("sandbox/index.html has no " + TOKEN_SLOT);
        }
        this.page = html.replace(TOKEN_SLOT, "<meta name=\"sandbox-token\" content=\"" + gate.token() + "\">");
    }

    @GetMapping({"/sandbox", "/sandbox/"})
    ResponseEntity<String> page() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .body(page);
    }

    @Configuration(proxyBeanMethods = false)
    @OnSandbox
    static class Assets implements WebMvcConfigurer {

        @Override
        public void addResourceHandlers(ResourceHandlerRegistry registry) {
            registry.addResourceHandler("/sandbox/assets/**").addResourceLocations("classpath:/sandbox/")
                    .setCacheControl(CacheControl.noCache());
        }
    }
}

package io.mentorbot.sandbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web chat page at /sandbox and its script and style sheet, served only in sandbox mode. */
@Controller
@OnSandbox
class SandboxPage {

    private static final Resource PAGE = new ClassPathResource("sandbox/index.html");

    @GetMapping({"/sandbox", "/sandbox/"})
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).body(PAGE);
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

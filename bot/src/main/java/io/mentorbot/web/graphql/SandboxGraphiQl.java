package io.mentorbot.web.graphql;

import io.mentorbot.sandbox.OnSandbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, to try the graph in the browser: in sandbox mode only (no bot token), never next to
 * a real bot. Its page loads the GraphiQL scripts from a public CDN.
 */
@Configuration(proxyBeanMethods = false)
@OnSandbox
class SandboxGraphiQl {

    @Bean
    RouterFunction<ServerResponse> graphiQlPage() {
        GraphiQlHandler page = new GraphiQlHandler("/graphql", null);
        return RouterFunctions.route().GET("/graphiql", page::handleRequest).build();
    }
}

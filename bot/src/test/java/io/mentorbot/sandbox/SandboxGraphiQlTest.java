package io.mentorbot.sandbox;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** In the sandbox, GraphiQL is there to try the graph in the browser (outside it, GraphQlApiTest finds none). */
class SandboxGraphiQlTest extends SandboxAppTest {

    @Test
    void graphiQlIsServedInTheSandbox() {
        ResponseEntity<String> page = http().get().uri("/graphiql?path=/graphql").retrieve().toEntity(String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).containsIgnoringCase("graphiql");
    }
}

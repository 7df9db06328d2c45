package io.mentorbot;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the application must not carry: libraries nothing uses, which only add weight and security notices. */
class ClasspathTest {

    @Test
    void apacheHttpClientIsNotOnTheClasspathTheGoogleClientsUseTheJdksHttp() {
        assertThatThrownBy(() -> Class.forName("org.apache.http.client.HttpClient"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.http.HttpRequest"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}

package io.mentorbot.sandbox;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with settings that {@link SandboxMode} does not allow, before any bean (the database among them)
 * is created; the start-up report then says what is wrong and how to fix it.
 */
@Component
class SandboxModeCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        SandboxMode.sandbox(environment);
    }

    /** Turns a refusal into Spring Boot's "APPLICATION FAILED TO START" report (registered in spring.factories). */
    static final class Report extends AbstractFailureAnalyzer<SandboxMode.Refused> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, SandboxMode.Refused cause) {
            return new FailureAnalysis(cause.description(), cause.action(), cause);
        }
    }
}

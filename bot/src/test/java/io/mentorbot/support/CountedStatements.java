package io.mentorbot.support;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements {@code /graphql} and {@code /api/**} requests send: the application's DataSource is wrapped
 * so that every statement a connection prepares or creates is noted, and a servlet filter marks the request's thread
 * (from the first filter on, so the security chain's work counts too), so background
 * work (the outbox, Quartz, the bot's polling) running meanwhile is not counted. Part of the flow tests' one shared
 * configuration, so counting starts no application of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedStatements {

    private static final ThreadLocal<Boolean> COUNTED = ThreadLocal.withInitial(() -> false);
    private static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

    /** Forgets what was counted so far. */
    public static void reset() {
        SEEN.clear();
    }

    /** The statements {@code /graphql} and {@code /api/**} requests sent since the last reset, in order. */
    public static List<String> seen() {
        return List.copyOf(SEEN);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> countedRequestMarker() {
        Filter marker = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
            String uri = ((HttpServletRequest) request).getRequestURI();
            COUNTED.set(uri.equals("/graphql") || uri.startsWith("/api/"));
            try {
                chain.doFilter(request, response);
            } finally {
                COUNTED.set(false);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(marker);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The pool, with each connection noting the statements it prepares while a counted request runs. */
    static final class Counting extends DelegatingDataSource implements AutoCloseable {

        Counting(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return noting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return noting(super.getConnection(username, password));
        }

        @Override
        public void close() throws IOException {
            if (getTargetDataSource() instanceof AutoCloseable pool) {
                try {
                    pool.close();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        }

        private static Connection noting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String called = method.getName();
                        if (COUNTED.get() && (called.equals("prepareStatement") || called.equals("prepareCall")
                                || called.equals("createStatement"))) {
                            SEEN.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                                    : called);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}

package dev.liaison.ops.logging;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request an id in the logging context and in the {@code X-Request-Id} answer header: a
 * proxy's own id when it sends a well-formed one, a new one otherwise. It reads headers only: the body stays
 * untouched for Bolt's signature check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = LogContext.safe(given) ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        try (LogContext.Scope scope = LogContext.put(LogContext.REQUEST_ID, id)) {
            chain.doFilter(request, response);
        }
    }
}

package dev.liaison.ops;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Slack's endpoints are Bolt's servlets, not Spring MVC handlers, so Spring's HTTP server metrics would
 * tag them {@code uri="UNKNOWN"}. This names them by their servlet path (a fixed set: no label explosion),
 * so the ack latency histogram of {@code POST /slack/events} can be read and alerted on.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SlackEndpointMetricsFilter extends OncePerRequestFilter {

    static final Set<String> SLACK_PATHS = Set.of("/slack/events", "/slack/install", "/slack/oauth_redirect");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        if (SLACK_PATHS.contains(path)) {
            ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(path));
        }
        chain.doFilter(request, response);
    }
}

package dev.liaison.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a management port that is not on loopback: every request but health (which probes call without
 * credentials) needs the Basic auth user of {@link ManagementCredentials}; anything else is answered 401.
 * It lives in the management server's own context, so Slack's port never sees it.
 */
class ManagementBasicAuthFilter extends OncePerRequestFilter {

    private final ManagementCredentials credentials;
    private final String healthPath;

    ManagementBasicAuthFilter(ManagementCredentials credentials, String endpointsBasePath) {
        this.credentials = credentials;
        this.healthPath = (endpointsBasePath.endsWith("/") ? endpointsBasePath : endpointsBasePath + "/") + "health";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (health(request) || credentials.accepts(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Liaison management\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /**
     * The container's decoded and normalised path (servlet path + path info), the one it routes by: a raw
     * URI such as /actuator/health/../prometheus is seen here as /actuator/prometheus.
     */
    private boolean health(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(healthPath) || path.startsWith(healthPath + "/");
    }
}

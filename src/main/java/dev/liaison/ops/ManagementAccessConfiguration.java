package dev.liaison.ops;

import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Beans of the management server's own context (it has its own port, so its own servlet context):
 * Basic auth in front of Actuator once MANAGEMENT_ADDRESS is not loopback. Imported only through
 * META-INF/spring/…ManagementContextConfiguration.imports: it carries no {@code @Configuration} (nor
 * {@code @ManagementContextConfiguration}, which is one) because component scanning would then also put the
 * filter on Slack's port.
 */
public class ManagementAccessConfiguration {

    @Bean
    FilterRegistrationBean<ManagementBasicAuthFilter> managementBasicAuth(Environment environment,
            ManagementCredentials credentials, WebEndpointProperties endpoints) {
        var registration = new FilterRegistrationBean<>(
                new ManagementBasicAuthFilter(credentials, endpoints.getBasePath()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        // on loopback only this machine reaches Actuator, as before: no credentials asked
        registration.setEnabled(!ManagementAddress.from(environment).loopback());
        return registration;
    }
}

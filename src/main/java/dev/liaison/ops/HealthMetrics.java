package dev.liaison.ops;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code liaison_health_up{component="mongo"|"socketMode"}}: 1 while that health component is UP, 0 otherwise,
 * read at each scrape, so Prometheus can alert on the database or the Socket Mode connection being down
 * (ops/prometheus/alerts.yml) without scraping the health endpoint. Only components that are cheap to ask:
 * the database's is one {@code ping}, Socket Mode's reads the connection's state.
 */
@Component
class HealthMetrics implements MeterBinder {

    static final List<String> COMPONENTS = List.of("mongo", "socketMode");

    private final ObjectProvider<HealthContributorRegistry> registry;

    HealthMetrics(ObjectProvider<HealthContributorRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        HealthContributorRegistry contributors = registry.getIfAvailable();
        if (contributors == null) {
            return;
        }
        for (String name : COMPONENTS) {
            HealthContributor contributor = contributors.getContributor(name);
            if (contributor instanceof HealthIndicator indicator) {
                Gauge.builder("liaison.health.up", indicator, HealthMetrics::up).tag("component", name)
                        .description("1 while the health component is UP").register(meters);
            }
        }
    }

    private static double up(HealthIndicator indicator) {
        try {
            return Status.UP.equals(indicator.health(false).getStatus()) ? 1 : 0;
        } catch (RuntimeException failed) {
            return 0;
        }
    }
}

package dev.liaison.ops;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.core.env.Environment;

/**
 * Where Actuator listens (MANAGEMENT_ADDRESS, bound to {@code management.server.address}). Loopback keeps
 * it to this machine, as before; any other address lets probes and Prometheus in, and then everything but
 * health needs Basic auth ({@link ManagementBasicAuthFilter}).
 */
public record ManagementAddress(String address) {

    static final String PROPERTY = "management.server.address";

    public static ManagementAddress from(Environment environment) {
        return new ManagementAddress(environment.getProperty(PROPERTY, ""));
    }

    /**
     * Whether only this machine can reach it. A blank address makes the server listen on every interface, so
     * it is not loopback; a name that does not resolve is not known to be loopback either (fail closed).
     */
    public boolean loopback() {
        return resolved().map(InetAddress::isLoopbackAddress).orElse(false);
    }

    Optional<InetAddress> resolved() {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address.strip()));
        } catch (UnknownHostException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return address == null || address.isBlank() ? "(every interface)" : address;
    }
}

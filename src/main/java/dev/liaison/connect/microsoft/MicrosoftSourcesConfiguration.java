package dev.liaison.connect.microsoft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;

import dev.liaison.StartupRefused;
import dev.liaison.connect.CalendarSource;
import dev.liaison.connect.MailSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Microsoft 365 sources as the sync sees them: one {@link CalendarSource} and one {@link MailSource}
 * for {@code Provider.MICROSOFT}, sharing one Graph client per Entra app.
 *
 * <p>{@code MS_TRUSTED_CERTIFICATE} (a PEM file) adds one certificate to the JVM's authorities for Entra
 * and Graph calls: a proxy that inspects TLS, or a local stand-in. Unset, only the JVM's authorities are
 * trusted. A file that cannot be read stops start-up with one line, rather than failing every sync later.
 */
@Configuration(proxyBeanMethods = false)
class MicrosoftSourcesConfiguration {

    @Bean
    MicrosoftGraphClients microsoftGraphClients(@Value("${ms.trusted-certificate:}") String trustedCertificate) {
        if (trustedCertificate.isBlank()) {
            return new MicrosoftGraphClients();
        }
        return new MicrosoftGraphClients(certificate(Path.of(trustedCertificate)));
    }

    @Bean
    CalendarSource microsoftCalendarSource(MicrosoftGraphClients clients, Clock clock) {
        return new MicrosoftCalendarSource(clients, clock);
    }

    @Bean
    MailSource microsoftMailSource(MicrosoftGraphClients clients, Clock clock) {
        return new MicrosoftMailSource(clients, clock);
    }

    static X509Certificate certificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new StartupRefused("MS_TRUSTED_CERTIFICATE is " + pem + ", which is not a readable PEM certificate");
        }
    }
}

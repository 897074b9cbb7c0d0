package dev.liaison.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Base64;

import dev.liaison.sandbox.microsoft.MicrosoftStandIn;

/**
 * The Microsoft stand-in's certificate as a PEM file, for {@code ms.trusted-certificate}: the running app then
 * reaches the stand-in over HTTPS as it would reach Graph through a TLS-inspecting proxy. Every stand-in
 * serves the same self-signed certificate, so one file serves every test of a JVM.
 */
public final class MicrosoftStandInTrust {

    private static Path pem;

    private MicrosoftStandInTrust() {
    }

    public static synchronized String pemFile() {
        if (pem == null) {
            MicrosoftStandIn probe = MicrosoftStandIn.start(Clock.systemUTC());
            try {
                Path file = Files.createTempFile("liaison-ms-stand-in-", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(probe.certificate().getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
                pem = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            } finally {
                probe.close();
            }
        }
        return pem.toString();
    }
}

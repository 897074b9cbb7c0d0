package dev.liaison.sandbox.microsoft;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The stand-in's TLS: Entra's client (MSAL, under azure-identity) refuses an authority that is not https,
 * so the stand-in speaks https like the real endpoints. The key pair is a self-signed certificate for
 * {@code localhost} and {@code 127.0.0.1} made once with keytool (EC P-256, valid 2020 to 2129) and kept
 * in the resources: it guards nothing (the stand-in listens on loopback only and holds demo data), so its
 * password is no secret. Clients trust it through {@link MicrosoftStandIn#certificate()}.
 */
final class StandInTls {

    private static final String KEY_STORE = "stand-in-tls.p12";
    private static final char[] PASSWORD = "loopback-only".toCharArray();

    private final SSLContext context;
    private final X509Certificate certificate;

    private StandInTls(SSLContext context, X509Certificate certificate) {
        this.context = context;
        this.certificate = certificate;
    }

    static StandInTls load() {
        try (InputStream in = StandInTls.class.getResourceAsStream(KEY_STORE)) {
            if (in == null) {
                throw new IllegalStateException("the stand-in's key store " + KEY_STORE + " is missing from the classpath");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return new StandInTls(context, (X509Certificate) store.getCertificate("stand-in"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the stand-in's TLS key", e);
        }
    }

    SSLContext context() {
        return context;
    }

    X509Certificate certificate() {
        return certificate;
    }
}

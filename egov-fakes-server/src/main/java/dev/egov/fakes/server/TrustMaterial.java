package dev.egov.fakes.server;

import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509KeyManager;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * What a client needs to talk TLS to the fakes: trust in the certificate authority the fakes generated at start (for
 * {@code localhost}, {@code 127.0.0.1} and {@code ::1}), and, with mutual TLS, a client certificate that authority
 * issued. Everything is generated afresh at each start, held in memory and synthetic; nothing here is a real secret.
 *
 * <pre>{@code
 * TrustMaterial trust = fakes.trust();
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
 *     .build();
 * }</pre>
 */
public final class TrustMaterial {

  private final SSLContext clientContext;
  private final X509TrustManager trustManager;
  private final @Nullable X509KeyManager keyManager;
  private final String authorityPem;
  private final @Nullable String clientCertificatePem;
  private final @Nullable String clientKeyPem;

  /**
   * Assembles the material; the fakes create it, testers receive it from {@link EgovFakes#trust()}.
   *
   * @param clientContext an SSL context that trusts the authority (and presents the client certificate, if any)
   * @param trustManager a trust manager that trusts the authority only
   * @param keyManager the client certificate's key manager, or {@code null} without mutual TLS
   * @param authorityPem the authority's certificate, PEM
   * @param clientCertificatePem the client certificate, PEM, or {@code null}
   * @param clientKeyPem the client certificate's private key, PKCS #8 PEM, or {@code null}
   */
  public TrustMaterial(SSLContext clientContext, X509TrustManager trustManager, @Nullable X509KeyManager keyManager,
      String authorityPem, @Nullable String clientCertificatePem, @Nullable String clientKeyPem) {
    this.clientContext = Objects.requireNonNull(clientContext, "clientContext");
    this.trustManager = Objects.requireNonNull(trustManager, "trustManager");
    this.keyManager = keyManager;
    this.authorityPem = Objects.requireNonNull(authorityPem, "authorityPem");
    this.clientCertificatePem = clientCertificatePem;
    this.clientKeyPem = clientKeyPem;
  }

  /**
   * A trust manager that trusts the fakes' authority and nothing else.
   *
   * @return the trust manager
   */
  public X509TrustManager trustManager() {
    return trustManager;
  }

  /**
   * A client SSL context: trusts the fakes' authority and, with mutual TLS, presents the client certificate.
   *
   * @return the context
   */
  public SSLContext sslContext() {
    return clientContext;
  }

  /**
   * The socket factory of {@link #sslContext()}.
   *
   * @return the factory
   */
  public SSLSocketFactory sslSocketFactory() {
    return clientContext.getSocketFactory();
  }

  /**
   * The client certificate's key manager, when the fakes require mutual TLS.
   *
   * @return the key manager
   */
  public Optional<X509KeyManager> clientKeyManager() {
    return Optional.ofNullable(keyManager);
  }

  /**
   * The authority's certificate in PEM, for clients in other languages ({@code curl --cacert}).
   *
   * @return the PEM text
   */
  public String certificateAuthorityPem() {
    return authorityPem;
  }

  /**
   * The client certificate in PEM ({@code curl --cert}), when the fakes require mutual TLS.
   *
   * @return the PEM text
   */
  public Optional<String> clientCertificatePem() {
    return Optional.ofNullable(clientCertificatePem);
  }

  /**
   * The client certificate's synthetic private key in PKCS #8 PEM ({@code curl --key}), when the fakes require mutual
   * TLS.
   *
   * @return the PEM text
   */
  public Optional<String> clientPrivateKeyPem() {
    return Optional.ofNullable(clientKeyPem);
  }

  @Override
  public String toString() {
    return "TrustMaterial[mutual TLS: " + (keyManager != null) + "]";
  }
}

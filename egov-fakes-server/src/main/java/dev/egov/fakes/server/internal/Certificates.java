package dev.egov.fakes.server.internal;

import dev.egov.fakes.server.FakesException;
import dev.egov.fakes.server.TrustMaterial;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Certificates generated at start (OkHttp's {@code okhttp-tls}, ECDSA P-256): a synthetic authority, a server
 * certificate for {@code localhost}, {@code 127.0.0.1} and {@code ::1}, and a client certificate for mutual TLS.
 */
public final class Certificates {

  private final SSLContext serverContext;
  private final TrustMaterial trust;

  /**
   * Generates the certificates.
   *
   * @param withClientCertificate whether to issue a client certificate too
   */
  public Certificates(boolean withClientCertificate) {
    try {
      HeldCertificate authority = new HeldCertificate.Builder()
          .certificateAuthority(0)
          .commonName("egov fakes synthetic CA")
          .organizationalUnit("egov fakes")
          .duration(2, TimeUnit.DAYS)
          .build();
      HeldCertificate server = new HeldCertificate.Builder()
          .commonName("localhost")
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName("127.0.0.1")
          .addSubjectAlternativeName("::1")
          .duration(2, TimeUnit.DAYS)
          .signedBy(authority)
          .build();
      HandshakeCertificates serverSide = new HandshakeCertificates.Builder()
          .heldCertificate(server, authority.certificate())
          .addTrustedCertificate(authority.certificate())
          .build();
      serverContext = serverSide.sslContext();
      HandshakeCertificates.Builder clientSide = new HandshakeCertificates.Builder()
          .addTrustedCertificate(authority.certificate());
      HeldCertificate client = null;
      if (withClientCertificate) {
        client = new HeldCertificate.Builder()
            .commonName("egov fakes synthetic client")
            .duration(2, TimeUnit.DAYS)
            .signedBy(authority)
            .build();
        clientSide.heldCertificate(client, authority.certificate());
      }
      HandshakeCertificates clientCerts = clientSide.build();
      trust = new TrustMaterial(clientCerts.sslContext(), clientCerts.trustManager(),
          client == null ? null : clientCerts.keyManager(), authority.certificatePem(),
          client == null ? null : client.certificatePem(), client == null ? null : client.privateKeyPkcs8Pem());
    } catch (RuntimeException e) {
      throw new FakesException(FakesException.Code.TLS_FAILED, "could not generate the fakes' certificates", e);
    }
  }

  /**
   * The server's SSL context.
   *
   * @return the context presenting the server certificate and trusting the authority
   */
  public SSLContext serverContext() {
    return serverContext;
  }

  /**
   * The material handed to clients.
   *
   * @return the trust material
   */
  public TrustMaterial trust() {
    return trust;
  }
}

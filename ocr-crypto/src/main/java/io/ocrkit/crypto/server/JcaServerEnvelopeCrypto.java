package io.ocrkit.crypto.server;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.crypto.internal.JcaEnvelope;
import io.ocrkit.crypto.internal.SymmetricKeys;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import javax.crypto.Cipher;

/** The service's side of the envelope on the JDK's own providers (JCA). Thread-safe. */
public final class JcaServerEnvelopeCrypto implements ServerEnvelopeCrypto {

  // One Cipher per thread: Cipher.getInstance looks the provider up on every call, a cost the
  // server pays per request; init() below resets a reused one to this request's key whatever
  // state an earlier failure left it in.
  private final ThreadLocal<Cipher> rsa = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance(JcaEnvelope.RSA);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA/ECB/PKCS1Padding is not available: " + e.getClass().getSimpleName());
    }
  });

  @Override
  public ServerEnvelope unwrap(PrivateKey privateKey, String keyVersion, String wrappedKeyBase64) {
    byte[] wrapped = SymmetricKeys.wrappedBytes(wrappedKeyBase64);
    byte[] key;
    try {
      Cipher cipher = rsa.get();
      cipher.init(Cipher.DECRYPT_MODE, privateKey);
      key = cipher.doFinal(wrapped);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new OcrProtocolException("the symmetric key did not unwrap");
    }
    return JcaEnvelope.of(SymmetricKeys.unwrapped(key), keyVersion, wrappedKeyBase64);
  }
}

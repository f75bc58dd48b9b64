package io.ocrkit.crypto.server;

import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.crypto.internal.JcaEnvelope;
import io.ocrkit.crypto.internal.SymmetricKeys;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import javax.crypto.Cipher;

/** The service's side of the envelope on the JDK's own providers (JCA). Thread-safe. */
public final class JcaServerEnvelopeCrypto implements ServerEnvelopeCrypto {

  @Override
  public Envelope unwrap(PrivateKey privateKey, String keyVersion, String wrappedKeyBase64) {
    byte[] wrapped = SymmetricKeys.wrappedBytes(wrappedKeyBase64);
    byte[] key;
    try {
      Cipher rsa = Cipher.getInstance(JcaEnvelope.RSA);
      rsa.init(Cipher.DECRYPT_MODE, privateKey);
      key = rsa.doFinal(wrapped);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new OcrProtocolException("the symmetric key did not unwrap");
    }
    return JcaEnvelope.of(SymmetricKeys.unwrapped(key), keyVersion, wrappedKeyBase64);
  }
}

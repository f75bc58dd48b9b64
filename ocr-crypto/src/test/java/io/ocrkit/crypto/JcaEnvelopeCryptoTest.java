package io.ocrkit.crypto;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;

class JcaEnvelopeCryptoTest extends EnvelopeCryptoContract {

  private final JcaEnvelopeCrypto crypto = new JcaEnvelopeCrypto();

  @Override
  Envelope withKey(byte[] key) {
    return JcaEnvelopeCrypto.withKey(key);
  }

  @Override
  EnvelopeCrypto crypto() {
    return crypto;
  }

  @Override
  ServerEnvelopeCrypto server() {
    return crypto;
  }
}

package io.ocrkit.crypto;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.crypto.server.JcaServerEnvelopeCrypto;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;

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
    return new JcaServerEnvelopeCrypto();
  }
}

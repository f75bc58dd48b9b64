package io.ocrkit.crypto;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;

class BouncyCastleEnvelopeCryptoTest extends EnvelopeCryptoContract {

  private final BouncyCastleEnvelopeCrypto crypto = new BouncyCastleEnvelopeCrypto();

  @Override
  Envelope withKey(byte[] key) {
    return BouncyCastleEnvelopeCrypto.withKey(key);
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

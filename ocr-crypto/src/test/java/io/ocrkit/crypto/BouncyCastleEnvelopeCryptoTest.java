package io.ocrkit.crypto;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;

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
    return new BouncyCastleServerEnvelopeCrypto();
  }
}

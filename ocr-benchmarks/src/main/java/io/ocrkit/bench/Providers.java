package io.ocrkit.bench;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.crypto.BouncyCastleEnvelopeCrypto;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** The crypto adapters under test and a service key pair to seal under. */
final class Providers {

  private Providers() {}

  static EnvelopeCrypto crypto(String name) {
    return switch (name) {
      case "jca" -> new JcaEnvelopeCrypto();
      case "bc" -> new BouncyCastleEnvelopeCrypto();
      default -> throw new IllegalArgumentException("'provider' must be jca or bc, was " + name);
    };
  }

  static KeyPair rsa2048() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static ServicePublicKey publicKey(EnvelopeCrypto crypto, KeyPair pair, KeyService service) {
    return crypto.parsePublicKey(service, "0", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
  }
}

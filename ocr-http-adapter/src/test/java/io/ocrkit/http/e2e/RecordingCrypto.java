package io.ocrkit.http.e2e;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The client's default crypto, remembering the wrapped (RSA-encrypted, Base64) symmetric key of
 * every envelope it seals. The wire shows nothing more of a symmetric key than this, so it is how
 * a test tells envelopes apart and looks for them where they must not be.
 */
public final class RecordingCrypto implements EnvelopeCrypto {

  private final EnvelopeCrypto delegate = new JcaEnvelopeCrypto();
  private final List<String> wrappedKeys = new CopyOnWriteArrayList<>();

  @Override
  public ServicePublicKey parsePublicKey(KeyService service, String version, String base64Der) {
    return delegate.parsePublicKey(service, version, base64Der);
  }

  @Override
  public Envelope seal(ServicePublicKey key) {
    Envelope envelope = delegate.seal(key);
    wrappedKeys.add(envelope.wrappedKey());
    return envelope;
  }

  /** Every wrapped key sealed so far, oldest first. */
  public List<String> wrappedKeys() {
    return List.copyOf(wrappedKeys);
  }
}

package io.ocrkit.core.testing;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the envelope crypto port, for tests of the core. Its "cipher" is a XOR with the
 * envelope's key plus PKCS#7-style padding, so ciphertext lengths match the real thing and a
 * field decrypted under the wrong envelope fails, but nothing here is secret or secure.
 *
 * <p>Every sealed envelope is recorded with its key, so tests can check that each attempt used a
 * new one, and a fake server can look an envelope up by its wrapped key to answer under it.
 * Thread-safe.
 */
public final class FakeEnvelopeCrypto implements EnvelopeCrypto {

  private final AtomicInteger seals = new AtomicInteger();
  private final List<FakeEnvelope> sealed = new ArrayList<>();

  /** Accepts any Base64 text as a key; the key's bytes are its "DER". */
  @Override
  public ServicePublicKey parsePublicKey(KeyService service, String version, String base64Der) {
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64Der);
    } catch (IllegalArgumentException e) {
      throw new OcrProtocolException("the fake public key is not Base64");
    }
    return new ServicePublicKey(service, version, new FakePublicKey(der), "fp-" + base64Der);
  }

  @Override
  public Envelope seal(ServicePublicKey key) {
    int n = seals.incrementAndGet();
    byte[] keyBytes = new byte[32];
    for (int i = 0; i < keyBytes.length; i++) {
      keyBytes[i] = (byte) (n * 31 + i * 7 + 1);
    }
    FakeEnvelope envelope = new FakeEnvelope(keyBytes, key.version(), "wrapped-" + n + "-under-" + key.version());
    synchronized (sealed) {
      sealed.add(envelope);
    }
    return envelope;
  }

  /** Every envelope sealed so far, oldest first. */
  public List<FakeEnvelope> sealed() {
    synchronized (sealed) {
      return List.copyOf(sealed);
    }
  }

  /** The envelope whose {@code Symmetric-Key} header is {@code wrappedKey}: the fake server's unwrap. */
  public Optional<FakeEnvelope> unwrap(String wrappedKey) {
    synchronized (sealed) {
      return sealed.stream().filter(e -> e.wrappedKey().equals(wrappedKey)).findFirst();
    }
  }

  /** A fake envelope over {@code key} that was never sealed: to make ciphertexts another key cannot open. */
  public static FakeEnvelope envelopeWithKey(byte[] key) {
    return new FakeEnvelope(key.clone(), "other", "other");
  }

  /** One fake envelope: XOR with the key, padded to a multiple of 16 as PKCS#7 pads. */
  public static final class FakeEnvelope implements Envelope {
    private final byte[] key;
    private final byte[] keySnapshot;
    private final String keyVersion;
    private final String wrappedKey;
    private final AtomicInteger decryptedFields = new AtomicInteger();
    private volatile boolean closed;

    FakeEnvelope(byte[] key, String keyVersion, String wrappedKey) {
      this.key = key;
      this.keySnapshot = key.clone();
      this.keyVersion = keyVersion;
      this.wrappedKey = wrappedKey;
    }

    @Override
    public String keyVersion() {
      return keyVersion;
    }

    @Override
    public String wrappedKey() {
      return wrappedKey;
    }

    @Override
    public InputStream encrypting(InputStream plaintext) {
      try (plaintext) {
        return new ByteArrayInputStream(encrypt(plaintext.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public InputStream decrypting(InputStream ciphertext) {
      try (ciphertext) {
        return new ByteArrayInputStream(decrypt(ciphertext.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String encryptField(String plaintext) {
      return Base64.getEncoder().encodeToString(encrypt(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String decryptField(String base64Ciphertext) {
      decryptedFields.incrementAndGet();
      byte[] cipher;
      try {
        cipher = Base64.getDecoder().decode(base64Ciphertext);
      } catch (IllegalArgumentException e) {
        throw new OcrProtocolException("fake: did not decrypt");
      }
      try {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(decrypt(cipher))).toString();
      } catch (CharacterCodingException e) {
        throw new OcrProtocolException("fake: did not decrypt");
      }
    }

    /** Decrypts a field as the fake server reads a request; not counted in {@link #decryptedFields()}. */
    public String openField(String base64Ciphertext) {
      return new String(decrypt(Base64.getDecoder().decode(base64Ciphertext)), StandardCharsets.UTF_8);
    }

    /** Decrypts raw ciphertext, as the fake server reads an uploaded image. */
    public byte[] decrypt(byte[] cipher) {
      checkOpen();
      if (cipher.length == 0 || cipher.length % 16 != 0) {
        throw new OcrProtocolException("fake: did not decrypt");
      }
      byte[] plain = xor(cipher);
      int pad = plain[plain.length - 1] & 0xFF;
      if (pad < 1 || pad > 16) {
        throw new OcrProtocolException("fake: did not decrypt");
      }
      for (int i = plain.length - pad; i < plain.length; i++) {
        if ((plain[i] & 0xFF) != pad) {
          throw new OcrProtocolException("fake: did not decrypt");
        }
      }
      return Arrays.copyOf(plain, plain.length - pad);
    }

    private byte[] encrypt(byte[] plain) {
      checkOpen();
      int pad = 16 - plain.length % 16;
      byte[] padded = Arrays.copyOf(plain, plain.length + pad);
      Arrays.fill(padded, plain.length, padded.length, (byte) pad);
      return xor(padded);
    }

    private byte[] xor(byte[] in) {
      byte[] out = new byte[in.length];
      for (int i = 0; i < in.length; i++) {
        out[i] = (byte) (in[i] ^ key[i % key.length]);
      }
      return out;
    }

    private void checkOpen() {
      if (closed) {
        throw new IllegalStateException("envelope is closed");
      }
    }

    @Override
    public void close() {
      Arrays.fill(key, (byte) 0);
      closed = true;
    }

    public boolean isClosed() {
      return closed;
    }

    /** The key this envelope was made with (kept after close, for assertions). */
    public byte[] keyBytes() {
      return keySnapshot.clone();
    }

    /** How many answer fields were decrypted through this envelope. */
    public int decryptedFields() {
      return decryptedFields.get();
    }

    @Override
    public String toString() {
      return "FakeEnvelope[" + wrappedKey + "]";
    }
  }

  /** A public key that is just bytes. */
  private record FakePublicKey(byte[] der) implements PublicKey {
    private static final long serialVersionUID = 1L;

    @Override
    public String getAlgorithm() {
      return "FAKE";
    }

    @Override
    public String getFormat() {
      return "X.509";
    }

    @Override
    public byte[] getEncoded() {
      return der.clone();
    }
  }
}

package io.ocrkit.crypto.internal;

import io.ocrkit.core.internal.SecretBytes;
import io.ocrkit.core.port.out.Envelope;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * The envelope's AES-256-CBC on BouncyCastle's lightweight engines. Loaded only once
 * {@link BouncyCastle#require} has found the library.
 */
public final class BcEnvelope extends AbstractEnvelope {

  private BcEnvelope(SecretBytes key, String keyVersion, String wrappedKey) {
    super(key, keyVersion, wrappedKey);
  }

  /** An envelope that owns {@code key} (and wipes it on close). */
  public static BcEnvelope of(SecretBytes key, String keyVersion, String wrappedKey) {
    return new BcEnvelope(key, keyVersion, wrappedKey);
  }

  @Override
  CipherStep cipher(boolean encrypt, byte[] key) {
    BufferedBlockCipher aes = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(AESEngine.newInstance()),
        new PKCS7Padding());
    aes.init(encrypt, new ParametersWithIV(new KeyParameter(key), key, 0, IV_BYTES));
    return new CipherStep() {
      @Override
      public int update(byte[] in, int off, int len, byte[] out, int outOff) {
        return aes.processBytes(in, off, len, out, outOff);
      }

      @Override
      public int finish(byte[] out, int outOff) {
        try {
          return aes.doFinal(out, outOff);
        } catch (InvalidCipherTextException | DataLengthException e) {
          throw AbstractEnvelope.undecryptable();
        }
      }
    };
  }
}

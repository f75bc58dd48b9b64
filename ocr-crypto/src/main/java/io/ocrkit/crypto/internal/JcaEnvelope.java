package io.ocrkit.crypto.internal;

import io.ocrkit.core.internal.SecretBytes;
import io.ocrkit.core.port.out.Envelope;
import java.security.GeneralSecurityException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The envelope's AES-256-CBC on the JDK's own providers (JCA). */
public final class JcaEnvelope extends AbstractEnvelope {

  /** The key wrap both JCA sides use. */
  public static final String RSA = "RSA/ECB/PKCS1Padding";

  private static final String AES = "AES/CBC/PKCS5Padding"; // PKCS#5 in JCA names is PKCS#7 for AES

  private JcaEnvelope(SecretBytes key, String keyVersion, String wrappedKey) {
    super(key, keyVersion, wrappedKey);
  }

  /** An envelope that owns {@code key} (and wipes it on close). */
  public static JcaEnvelope of(SecretBytes key, String keyVersion, String wrappedKey) {
    return new JcaEnvelope(key, keyVersion, wrappedKey);
  }

  @Override
  CipherStep cipher(boolean encrypt, byte[] key) {
    Cipher aes;
    try {
      aes = Cipher.getInstance(AES);
      aes.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new IvParameterSpec(key, 0, IV_BYTES));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CBC is not available: " + e.getClass().getSimpleName());
    }
    return new CipherStep() {
      private long seen;

      @Override
      public int update(byte[] in, int off, int len, byte[] out, int outOff) {
        seen += len;
        try {
          return aes.update(in, off, len, out, outOff);
        } catch (ShortBufferException e) {
          throw new IllegalStateException("cipher buffer too small", e);
        }
      }

      @Override
      public int finish(byte[] out, int outOff) {
        if (!encrypt && seen == 0) {
          // The JDK decrypts nothing to nothing; PKCS#7 ciphertext is never empty, and BouncyCastle
          // refuses it too, so both adapters must.
          throw AbstractEnvelope.undecryptable();
        }
        try {
          return aes.doFinal(out, outOff);
        } catch (BadPaddingException | IllegalBlockSizeException e) {
          throw AbstractEnvelope.undecryptable();
        } catch (ShortBufferException e) {
          throw new IllegalStateException("cipher buffer too small", e);
        }
      }
    };
  }
}

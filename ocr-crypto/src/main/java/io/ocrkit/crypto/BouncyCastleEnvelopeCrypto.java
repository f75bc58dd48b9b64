package io.ocrkit.crypto;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.internal.SecretBytes;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * The envelope on BouncyCastle's lightweight API: its own ASN.1 parser, RSA and AES engines, so it
 * shares no crypto code with {@link JcaEnvelopeCrypto}. The mock server uses it, the SDK may.
 * Thread-safe; every {@link #seal} draws a fresh 32-byte key from its {@link SecureRandom}.
 */
public final class BouncyCastleEnvelopeCrypto implements EnvelopeCrypto, ServerEnvelopeCrypto {

  private final SecureRandom random;

  public BouncyCastleEnvelopeCrypto() {
    this(new SecureRandom());
  }

  public BouncyCastleEnvelopeCrypto(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random == null");
  }

  @Override
  public ServicePublicKey parsePublicKey(KeyService service, String version, String base64Der) {
    Objects.requireNonNull(service, "service == null");
    org.bouncycastle.asn1.pkcs.RSAPublicKey rsa;
    try {
      byte[] der = Base64.getDecoder().decode(Objects.requireNonNull(base64Der, "base64Der == null").strip());
      rsa = rsaPublicKey(der);
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException | java.io.IOException e) {
      throw PublicKeys.notAKey(service);
    }
    try {
      RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      return PublicKeys.accept(service, version, key);
    } catch (GeneralSecurityException e) {
      throw PublicKeys.notAKey(service);
    }
  }

  /** SubjectPublicKeyInfo (with the rsaEncryption OID) or a bare PKCS#1 RSAPublicKey. */
  private static org.bouncycastle.asn1.pkcs.RSAPublicKey rsaPublicKey(byte[] der) throws java.io.IOException {
    ASN1Primitive asn1 = ASN1Primitive.fromByteArray(der);
    if (asn1 == null) { // empty input parses to nothing, not to an error (found by EnvelopeFuzzTest)
      throw new IllegalArgumentException("no DER object");
    }
    try {
      SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(asn1);
      if (!PKCSObjectIdentifiers.rsaEncryption.equals(spki.getAlgorithm().getAlgorithm())) {
        throw new IllegalArgumentException("not an RSA key");
      }
      return org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(spki.parsePublicKey());
    } catch (IllegalArgumentException notSpki) {
      return org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(asn1);
    }
  }

  @Override
  public Envelope seal(ServicePublicKey key) {
    Objects.requireNonNull(key, "key == null");
    RSAPublicKey rsa = (RSAPublicKey) key.key();
    byte[] bytes = new byte[AbstractEnvelope.KEY_BYTES];
    random.nextBytes(bytes);
    SecretBytes secret = SecretBytes.adopt(bytes);
    try {
      PKCS1Encoding wrap = new PKCS1Encoding(new RSABlindedEngine());
      wrap.init(true, new ParametersWithRandom(new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent()), random));
      byte[] wrapped = wrap.processBlock(secret.borrow(), 0, AbstractEnvelope.KEY_BYTES);
      return new BcEnvelope(secret, key.version(), Base64.getEncoder().encodeToString(wrapped));
    } catch (InvalidCipherTextException | RuntimeException e) {
      secret.wipe();
      throw new IllegalStateException("RSA PKCS#1 v1.5 failed to wrap the key: " + e.getClass().getSimpleName());
    }
  }

  @Override
  public Envelope unwrap(PrivateKey privateKey, String keyVersion, String wrappedKeyBase64) {
    byte[] wrapped = AbstractEnvelope.decodeBase64(wrappedKeyBase64);
    byte[] key;
    try {
      PKCS1Encoding unwrap = new PKCS1Encoding(new RSABlindedEngine());
      unwrap.init(false, new ParametersWithRandom(privateParameters(privateKey), random));
      key = unwrap.processBlock(wrapped, 0, wrapped.length);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new OcrProtocolException("the symmetric key did not unwrap");
    }
    if (key.length != AbstractEnvelope.KEY_BYTES) {
      Arrays.fill(key, (byte) 0);
      throw new OcrProtocolException("the symmetric key did not unwrap to 32 bytes");
    }
    return new BcEnvelope(SecretBytes.adopt(key), keyVersion, wrappedKeyBase64);
  }

  /** An envelope over a known key: for known-answer tests. */
  static Envelope withKey(byte[] key) {
    return new BcEnvelope(SecretBytes.adopt(key.clone()), "test", "");
  }

  private static RSAKeyParameters privateParameters(PrivateKey key) {
    if (key instanceof RSAPrivateCrtKey crt) {
      return new RSAPrivateCrtKeyParameters(crt.getModulus(), crt.getPublicExponent(), crt.getPrivateExponent(),
          crt.getPrimeP(), crt.getPrimeQ(), crt.getPrimeExponentP(), crt.getPrimeExponentQ(), crt.getCrtCoefficient());
    }
    if (key instanceof RSAPrivateKey rsa) {
      return new RSAKeyParameters(true, rsa.getModulus(), rsa.getPrivateExponent());
    }
    throw new IllegalArgumentException("'privateKey' must be an RSA private key");
  }

  private static final class BcEnvelope extends AbstractEnvelope {
    BcEnvelope(SecretBytes key, String keyVersion, String wrappedKey) {
      super(key, keyVersion, wrappedKey);
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
}

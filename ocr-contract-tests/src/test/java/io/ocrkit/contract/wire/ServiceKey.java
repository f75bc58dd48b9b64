package io.ocrkit.contract.wire;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * A service public key as the test reads it by hand, independently of the SDK's parser.
 *
 * @param version {@code result.version}, echoed in {@code X-Key-Version}
 * @param spki the key as X.509 SubjectPublicKeyInfo DER (a PKCS#1 key is wrapped into one)
 */
public record ServiceKey(String version, byte[] spki, RSAPublicKey key) {

  private static final byte[] RSA_ALGORITHM_ID = {
      0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

  /** Parses {@code result.key}: Base64 of SubjectPublicKeyInfo or of PKCS#1 RSAPublicKey DER. */
  public static ServiceKey parse(String version, String base64Der) {
    byte[] der = Base64.getDecoder().decode(base64Der);
    try {
      return new ServiceKey(version, der, rsa(der));
    } catch (GeneralSecurityException notSpki) {
      byte[] wrapped = wrapPkcs1(der);
      try {
        return new ServiceKey(version, wrapped, rsa(wrapped));
      } catch (GeneralSecurityException neither) {
        throw new AssertionError("result.key is neither SubjectPublicKeyInfo nor PKCS#1 RSA DER", neither);
      }
    }
  }

  /** The PEM text openssl reads ({@code -----BEGIN PUBLIC KEY-----}). */
  public String pem() {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .encodeToString(spki) + "\n-----END PUBLIC KEY-----\n";
  }

  public int bits() {
    return key.getModulus().bitLength();
  }

  private static RSAPublicKey rsa(byte[] spki) throws GeneralSecurityException {
    return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
  }

  /** SEQUENCE { AlgorithmIdentifier rsaEncryption, BIT STRING { 0 unused bits, pkcs1 } }. */
  private static byte[] wrapPkcs1(byte[] pkcs1) {
    byte[] bitString = tlv(0x03, concat(new byte[] {0}, pkcs1));
    return tlv(0x30, concat(RSA_ALGORITHM_ID, bitString));
  }

  private static byte[] tlv(int tag, byte[] value) {
    byte[] length = derLength(value.length);
    return concat(concat(new byte[] {(byte) tag}, length), value);
  }

  private static byte[] derLength(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    byte[] digits = BigInteger.valueOf(length).toByteArray();
    int start = digits[0] == 0 ? 1 : 0;
    byte[] out = new byte[digits.length - start + 1];
    out[0] = (byte) (0x80 | (digits.length - start));
    System.arraycopy(digits, start, out, 1, digits.length - start);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

package io.ocrkit.crypto.internal;

import io.ocrkit.core.model.OcrProtocolException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * RSA on BouncyCastle's own ASN.1 parser and engines, so that it shares no code with the JDK's.
 * Loaded only once {@link BouncyCastle#require} has found the library: the public adapters
 * mention no BouncyCastle type themselves.
 */
public final class BcRsa {

  private BcRsa() {}

  /** SubjectPublicKeyInfo (with the rsaEncryption OID) or a bare PKCS#1 RSAPublicKey; null if neither. */
  public static RSAPublicKey publicKey(byte[] der) {
    org.bouncycastle.asn1.pkcs.RSAPublicKey rsa;
    try {
      rsa = rsaPublicKey(der);
    } catch (IllegalArgumentException | IllegalStateException | ClassCastException | IOException e) {
      return null;
    }
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  private static org.bouncycastle.asn1.pkcs.RSAPublicKey rsaPublicKey(byte[] der) throws IOException {
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

  /** RSA PKCS#1 v1.5 encryption of {@code secret}; an {@link IllegalStateException} if it fails. */
  public static byte[] wrap(RSAPublicKey key, byte[] secret, SecureRandom random) {
    try {
      PKCS1Encoding wrap = new PKCS1Encoding(new RSABlindedEngine());
      wrap.init(true, new ParametersWithRandom(new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent()),
          random));
      return wrap.processBlock(secret, 0, secret.length);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new IllegalStateException("RSA PKCS#1 v1.5 failed to wrap the key: " + e.getClass().getSimpleName());
    }
  }

  /** RSA PKCS#1 v1.5 decryption; an opaque {@link OcrProtocolException} if it fails. */
  public static byte[] unwrap(PrivateKey key, byte[] wrapped, SecureRandom random) {
    try {
      PKCS1Encoding unwrap = new PKCS1Encoding(new RSABlindedEngine());
      unwrap.init(false, new ParametersWithRandom(privateParameters(key), random));
      return unwrap.processBlock(wrapped, 0, wrapped.length);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new OcrProtocolException("the symmetric key did not unwrap");
    }
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
}

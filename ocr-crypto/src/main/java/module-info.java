/**
 * Envelope crypto adapters: JDK JCA (the default) and BouncyCastle (lightweight API, an optional
 * dependency: whoever picks {@link io.ocrkit.crypto.BouncyCastleEnvelopeCrypto} adds it).
 */
// The mock is built after this module, so javac cannot see the qualified export's target yet.
@SuppressWarnings("module")
module io.ocrkit.crypto {
  requires transitive io.ocrkit.core;
  requires static org.bouncycastle.provider;

  exports io.ocrkit.crypto;
  // The service's half (unwrapping with its private key) is for the mock server alone.
  exports io.ocrkit.crypto.server to io.ocrkit.mock;
}

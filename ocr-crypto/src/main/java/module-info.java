/** Envelope crypto adapters: JDK JCA (the default) and BouncyCastle (lightweight API). */
module io.ocrkit.crypto {
  requires transitive io.ocrkit.core;
  requires org.bouncycastle.provider;

  exports io.ocrkit.crypto;
}

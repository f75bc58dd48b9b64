package io.ocrkit.mock.internal;

import java.security.KeyPair;
import java.util.List;

/**
 * What the mock remembers for one app key, so parallel tests with their own app keys do not
 * collide. Each part locks itself, never the whole mock.
 */
public record AppState(KeyRing keys, RequestKeyLedger requestKeys, CardLocks cardLocks, RateWindow rate) {

  /** Lets go of what it holds; returns its key pairs. */
  List<KeyPair> clear() {
    requestKeys.clear();
    cardLocks.clear();
    return keys.clear();
  }
}

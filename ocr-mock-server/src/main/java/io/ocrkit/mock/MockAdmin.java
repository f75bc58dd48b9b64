package io.ocrkit.mock;

import io.ocrkit.core.protocol.KeyService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a test or a person can change in a running mock, and what it can read back: fixtures,
 * faults, key versions, the clock, the journal, reset. Every surface calls it: the HTTP admin
 * API under {@code /mock/v1}, the JUnit extension, code holding a {@link MockOcrServer}.
 *
 * <p>Thread-safe. Methods taking a JSON text or a name throw {@link IllegalArgumentException}
 * naming the field that is wrong.
 */
public interface MockAdmin {

  /**
   * Registers what an image "contains", in the format of the admin API and of the {@code ocr-mock}
   * image chunk: {@code {"service", "sha256", "result": {plain values}, "authentic", "resultCode"?}}.
   *
   * @param fixtureJson the fixture as JSON
   * @return the SHA-256 the fixture is registered under, lower-case hex
   * @throws IllegalArgumentException naming the field that is missing or wrong
   */
  String registerFixture(String fixtureJson);

  /**
   * What the image with this SHA-256 "contains": a result object with plain values.
   *
   * @param service the service whose scans return it
   * @param sha256Hex the plaintext image's SHA-256, hex
   * @param resultJson the {@code result} object, with plain values; the mock encrypts them per request
   * @param authentic what an authenticity check after a scan of this image answers
   * @throws IllegalArgumentException if the JSON or the hash is malformed
   */
  default void registerFixture(KeyService service, String sha256Hex, String resultJson, boolean authentic) {
    registerFixture(FixtureJson.of(service, sha256Hex, resultJson, authentic));
  }

  /**
   * What this plaintext image "contains"; returns its SHA-256.
   *
   * @param service the service whose scans return it
   * @param plaintextImage the image as the client will send it, before encryption
   * @param resultJson the {@code result} object, with plain values
   * @param authentic what an authenticity check after a scan of this image answers
   * @return the image's SHA-256, lower-case hex
   * @throws IllegalArgumentException if the JSON is malformed
   */
  default String registerFixture(KeyService service, byte[] plaintextImage, String resultJson, boolean authentic) {
    String sha256 = FixtureJson.sha256Hex(plaintextImage);
    return registerFixtureImage(plaintextImage, FixtureJson.of(service, sha256, resultJson, authentic));
  }

  /**
   * Registers what this plaintext image "contains", from the fixture JSON of
   * {@link #registerFixture(String)}, whose {@code sha256} may be left out (it is the image's).
   * With the image in hand the mock keeps a thumbnail of it for the dashboard.
   *
   * @param plaintextImage the image as the client will send it, before encryption
   * @param fixtureJson the fixture as JSON
   * @return the image's SHA-256, lower-case hex
   * @throws IllegalArgumentException naming the field that is wrong, or when a given {@code sha256}
   *     is not the image's
   */
  String registerFixtureImage(byte[] plaintextImage, String fixtureJson);

  /**
   * Forgets every registered fixture: images then answer what they carry in an {@code ocr-mock}
   * chunk, or the deterministic default derived from their SHA-256.
   */
  void clearFixtures();

  /**
   * Queues a fault behind those already queued for its endpoint.
   *
   * @param fault the fault
   */
  void injectFault(Fault fault);

  /**
   * Issues a new key version for the mock's own app key, which becomes current; returns it.
   *
   * @param service whose key
   * @param retirePrevious whether requests sealed under the old version answer {@code 4000301}
   * @return the new version
   */
  String rotateKey(KeyService service, boolean retirePrevious);

  /**
   * Issues a new key version for one of the app keys the mock accepts; returns it.
   *
   * @param appKey the mock's app key or one of its extra ones
   * @param service whose key
   * @param retirePrevious whether requests sealed under the old version answer {@code 4000301}
   * @return the new version
   * @throws IllegalArgumentException if the mock does not accept {@code appKey}
   */
  String rotateKey(String appKey, KeyService service, boolean retirePrevious);

  /** Every v2.1 token issued so far stops working at once, as when the service revokes them. */
  void revokeTokens();

  /**
   * Moves the mock's clock forward: Request-Key and token expiry follow it. Returns the new time.
   *
   * @param by not negative
   * @return the mock's time after the move
   * @throws IllegalArgumentException if {@code by} is negative
   */
  Instant advanceClock(Duration by);

  /**
   * The request journal, newest last: outcomes, never secrets.
   *
   * @return an immutable snapshot, at most the journal's capacity
   */
  List<JournalEntry> requests();

  /** Back to a fresh state: no keys, fixtures, faults, tokens, journal; clock offset zero. */
  void reset();
}

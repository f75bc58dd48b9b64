package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockAdmin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@link MockAdmin} over the mock's state; the one implementation every surface reaches. */
public final class StateAdmin implements MockAdmin {

  private final MockState state;
  private final String defaultAppKey;

  public StateAdmin(MockState state, String defaultAppKey) {
    this.state = Objects.requireNonNull(state, "state == null");
    this.defaultAppKey = Objects.requireNonNull(defaultAppKey, "defaultAppKey == null");
  }

  @Override
  public String registerFixture(String fixtureJson) {
    Fixtures.Parsed parsed = Fixtures.parse(Json.readObject(fixtureJson), true);
    state.fixtures().put(parsed.service(), parsed.sha256(), parsed.recognition());
    return parsed.sha256();
  }

  @Override
  public String registerFixtureImage(byte[] plaintextImage, String fixtureJson) {
    Objects.requireNonNull(plaintextImage, "plaintextImage == null");
    String sha256 = Sha256.hex(plaintextImage);
    Fixtures.Parsed parsed = Fixtures.parse(Json.readObject(fixtureJson), false);
    if (parsed.sha256() != null && !parsed.sha256().equals(sha256)) {
      throw new IllegalArgumentException("'sha256' is not the SHA-256 of the image; leave it out");
    }
    state.fixtures().put(parsed.service(), sha256, parsed.recognition());
    state.fixtures().seen(parsed.service(), sha256, plaintextImage);
    return sha256;
  }

  @Override
  public void clearFixtures() {
    state.fixtures().clear();
  }

  @Override
  public void injectFault(Fault fault) {
    state.faults().add(Objects.requireNonNull(fault, "fault == null"));
  }

  @Override
  public String rotateKey(KeyService service, boolean retirePrevious) {
    return rotateKey(defaultAppKey, service, retirePrevious);
  }

  @Override
  public String rotateKey(String appKey, KeyService service, boolean retirePrevious) {
    Objects.requireNonNull(appKey, "appKey == null");
    Objects.requireNonNull(service, "service == null");
    if (!state.credentials().knownAppKey(appKey)) {
      // A ring for an app key nobody can call with would only grow the state.
      throw new IllegalArgumentException("'appKey' is not an app key of this mock");
    }
    return state.app(appKey).keys().rotate(service, retirePrevious);
  }

  @Override
  public void revokeTokens() {
    state.tokens().clear();
  }

  @Override
  public Instant advanceClock(Duration by) {
    state.clock().advance(Objects.requireNonNull(by, "by == null"));
    return state.clock().instant();
  }

  @Override
  public List<JournalEntry> requests() {
    return state.journal().snapshot();
  }

  @Override
  public void reset() {
    state.reset();
  }
}

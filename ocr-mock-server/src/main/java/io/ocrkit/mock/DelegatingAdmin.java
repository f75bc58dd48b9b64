package io.ocrkit.mock;

import io.ocrkit.core.protocol.KeyService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A {@link MockAdmin} that hands every call to another one: the server's and the extension's one way in. */
abstract class DelegatingAdmin implements MockAdmin {

  /** Where the calls go; may throw {@link IllegalStateException} while there is none yet. */
  abstract MockAdmin admin();

  @Override
  public String registerFixture(String fixtureJson) {
    return admin().registerFixture(fixtureJson);
  }

  @Override
  public String registerFixtureImage(byte[] plaintextImage, String fixtureJson) {
    return admin().registerFixtureImage(plaintextImage, fixtureJson);
  }

  @Override
  public void clearFixtures() {
    admin().clearFixtures();
  }

  @Override
  public void injectFault(Fault fault) {
    admin().injectFault(fault);
  }

  @Override
  public String rotateKey(KeyService service, boolean retirePrevious) {
    return admin().rotateKey(service, retirePrevious);
  }

  @Override
  public String rotateKey(String appKey, KeyService service, boolean retirePrevious) {
    return admin().rotateKey(appKey, service, retirePrevious);
  }

  @Override
  public void revokeTokens() {
    admin().revokeTokens();
  }

  @Override
  public Instant advanceClock(Duration by) {
    return admin().advanceClock(by);
  }

  @Override
  public List<JournalEntry> requests() {
    return admin().requests();
  }

  @Override
  public void reset() {
    admin().reset();
  }
}

package io.ocrkit.contract.targets;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Something that speaks the Document OCR v2.0 protocol: the mock started in-process, or the real
 * service. Contracts see only this interface, so one suite runs against both.
 *
 * <p>{@link #secretKey()} is a credential: never print or log it.
 */
public interface ContractTarget {

  /** {@code mock} or {@code real}. */
  String name();

  /** Where the API is, e.g. {@code http://127.0.0.1:41234}. */
  URI baseUrl();

  String appKey();

  String secretKey();

  /** What the target offers beyond the protocol; empty for the real service. */
  Set<Capability> capabilities();

  /** The image of this kind to scan, if the target has one. */
  Optional<Sample> sample(SampleKind kind);

  /** The mock's admin API; only for targets with capabilities. */
  default MockAdmin admin() {
    throw new UnsupportedOperationException("the " + name() + " target has no admin API");
  }

  /**
   * True when the target may answer a refusal and close the connection before it has read the
   * request body, so a client still sending the body sees no answer at all ("header parser
   * received no bytes"), at random. The wire client then tries such an exchange once more. A
   * workaround for the mock today (it refuses bad credentials without draining the upload); remove
   * it once the mock drains. Never true for the real service, where a repeated scan is billed.
   */
  default boolean refusesBeforeReadingBody() {
    return false;
  }

  /** Called before each contract, e.g. to reset the mock's state. */
  default void beforeContract() {}
}

package io.ocrkit.contract.report;

import java.util.Map;
import java.util.Optional;

/**
 * Where each contract's expectation comes from, by contract id: a public page of the service's
 * documentation or a decision of this project where the documentation is silent. One table, so that
 * the report can say how much of the suite rests on the service's word and how much on ours;
 * {@code ContractSourcesTest} fails for a contract id that is not classified here.
 */
final class ContractSources {

  /** A kind of source, with the section of docs/protocol.md that restates it. */
  enum Source {
    GUIDE("API guide", "the service's API guide (v2.0/v2.1)"),
    ERROR_CODES("error codes", "the service's error-code table"),
    RELEASE_NOTES("release notes", "the service's release notes"),
    TOKEN_GUIDE("token guide", "the User Access Key token guide"),
    PROJECT_DECISION("project decision", "a decision of this project where the documentation is silent");

    private final String label;
    private final String description;

    Source(String label, String description) {
      this.label = label;
      this.description = description;
    }

    String label() {
      return label;
    }

    String description() {
      return description;
    }
  }

  /** A source and the section of docs/protocol.md where the fact is restated with its link. */
  record Basis(Source source, String section) {
    String cell() {
      return source.label() + " (docs/protocol.md §" + section + ")";
    }
  }

  private static final Map<String, Basis> BY_ID = Map.ofEntries(
      Map.entry("public-key.issuance", new Basis(Source.GUIDE, "5")),
      Map.entry("scan.credit-card", new Basis(Source.GUIDE, "7")),
      Map.entry("scan.id-card", new Basis(Source.GUIDE, "7")),
      Map.entry("scan.id-card.stand-alone", new Basis(Source.GUIDE, "4")),
      Map.entry("authenticity.resident", new Basis(Source.GUIDE, "9")),
      Map.entry("authenticity.driver", new Basis(Source.GUIDE, "9")),
      Map.entry("authenticity.verdict", new Basis(Source.GUIDE, "9")),
      Map.entry("authenticity.passport", new Basis(Source.RELEASE_NOTES, "9")),
      Map.entry("authenticity.id-type-required", new Basis(Source.PROJECT_DECISION, "9")),
      Map.entry("header.result-message", new Basis(Source.ERROR_CODES, "11")),
      Map.entry("scan.id-card.passport-request-key", new Basis(Source.GUIDE, "8")),
      Map.entry("request-key.required", new Basis(Source.GUIDE, "8")),
      Map.entry("request-key.unknown", new Basis(Source.ERROR_CODES, "8")),
      Map.entry("request-key.single-use", new Basis(Source.GUIDE, "8")),
      Map.entry("request-key.one-hour", new Basis(Source.GUIDE, "8")),
      Map.entry("error.bad-credentials", new Basis(Source.ERROR_CODES, "11")),
      Map.entry("error.missing-header", new Basis(Source.ERROR_CODES, "4")),
      Map.entry("error.bad-key-version", new Basis(Source.ERROR_CODES, "11")),
      Map.entry("error.bad-symmetric-key", new Basis(Source.ERROR_CODES, "11")),
      Map.entry("error.bad-ciphertext", new Basis(Source.ERROR_CODES, "11")),
      Map.entry("error.empty-file", new Basis(Source.ERROR_CODES, "11")),
      Map.entry("error.wrong-file-type", new Basis(Source.GUIDE, "10")),
      Map.entry("error.oversize", new Basis(Source.PROJECT_DECISION, "10")),
      Map.entry("http.200-everywhere", new Basis(Source.GUIDE, "3")),
      Map.entry("retry.stale-key", new Basis(Source.PROJECT_DECISION, "12")),
      Map.entry("retry.temporarily-unavailable", new Basis(Source.PROJECT_DECISION, "12")),
      Map.entry("retry.not-for-refusals", new Basis(Source.PROJECT_DECISION, "12")),
      Map.entry("transport.gateway-html", new Basis(Source.PROJECT_DECISION, "3")));

  private ContractSources() {}

  static Optional<Basis> of(String contractId) {
    return Optional.ofNullable(BY_ID.get(contractId));
  }
}

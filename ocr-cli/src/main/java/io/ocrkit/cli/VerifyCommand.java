package io.ocrkit.cli;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.RequestKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ocr verify}: an authenticity check with the Request-Key of an earlier id-card scan. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check an ID's authenticity with the Request-Key of an id-card scan (valid 1 hour, once).")
final class VerifyCommand implements Callable<Integer> {

  /** When NHN Cloud withdrew the passport authenticity check. */
  static final String PASSPORT_WITHDRAWN = "2026-05-27";

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection;

  @Mixin
  OutputOptions output;

  @Option(names = "--request-key", required = true, paramLabel = "RK", description = "Request-Key of the id-card scan")
  String requestKey;

  @Option(names = "--id-type", required = true, paramLabel = "TYPE", description = "resident or driver")
  String idType;

  @Option(names = "--name", required = true, paramLabel = "N")
  String name;

  @Option(names = "--resident-number", description = "resident: 13 digits; driver: 7 digits (or the full 13)")
  String residentNumber;

  @Option(names = "--issue-date", paramLabel = "YYYYMMDD", description = "resident")
  String issueDate;

  @Option(names = "--driver-license-number", description = "driver: 12 digits")
  String driverLicenseNumber;

  @Option(names = "--serial-num", description = "driver: 5-6 characters, optional")
  String serialNum;

  // Accepted and unused, so that an old passport command line gets the withdrawal message, not "unknown option".
  @Option(names = {"--passport-number", "--birth-date", "--expiration-date"}, hidden = true)
  List<String> withdrawnPassportFields;

  @Override
  public Integer call() {
    AuthenticityRequest request = request();
    try (ConnectionOptions.Connection connection = this.connection.open()) {
      boolean authentic = connection.client().verifyAuthenticity(RequestKey.of(requestKey.strip()), request);
      if (output.json) {
        spec.commandLine().getOut().println(JsonView.render(Map.of("isAuthenticity", authentic)));
      } else {
        spec.commandLine().getOut().println("authentic: " + (authentic ? "yes" : "no"));
      }
      return ExitCodes.OK;
    }
  }

  /** The request for the ID type; a missing or malformed field is a usage error naming the option. */
  private AuthenticityRequest request() {
    try {
      return switch (idType) {
        case "resident" -> AuthenticityRequest.resident(name, require(residentNumber, "--resident-number"),
            require(issueDate, "--issue-date"));
        case "driver" -> AuthenticityRequest.driver(name, require(residentNumber, "--resident-number"),
            require(driverLicenseNumber, "--driver-license-number"), serialNum);
        case "passport" -> throw new OneLineUsageError(spec.commandLine(), "passport authenticity checks were "
            + "withdrawn by the service on " + PASSPORT_WITHDRAWN + "; --id-type must be resident or driver");
        default -> throw new ParameterException(spec.commandLine(), "--id-type must be resident or driver");
      };
    } catch (IllegalArgumentException invalid) {
      throw new OneLineUsageError(spec.commandLine(), OptionNames.inMessage(invalid.getMessage()));
    }
  }

  private String require(String value, String option) {
    if (value == null) {
      throw new ParameterException(spec.commandLine(), "Missing " + option + " for --id-type " + idType);
    }
    return value;
  }
}

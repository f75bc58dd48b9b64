package io.ocrkit.cli;

import java.util.Map;

/**
 * The SDK names its builder methods and arguments in its messages ({@code 'baseUrl'},
 * {@code allowInsecureHttp()}); a person at the command line knows the options instead.
 */
final class OptionNames {

  private static final Map<String, String> OPTION_OF = Map.ofEntries(
      Map.entry("'baseUrl'", "--endpoint"),
      Map.entry("allowInsecureHttp()", "--insecure-http"),
      Map.entry("'appKey'", "--app-key"),
      Map.entry("'secretKey'", "--secret-key"),
      Map.entry("'accessKeyId'", "--user-access-key-id"),
      Map.entry("'secretAccessKey'", "--secret-access-key"),
      Map.entry("'userAccessKey'", "--user-access-key-id and --secret-access-key"),
      Map.entry("'callTimeout'", "--timeout"),
      Map.entry("'connectTimeout'", "--connect-timeout"),
      Map.entry("'name'", "--name"),
      Map.entry("'residentNumber'", "--resident-number"),
      Map.entry("'issueDate'", "--issue-date"),
      Map.entry("'driverLicenseNumber'", "--driver-license-number"),
      Map.entry("'serialNum'", "--serial-num"),
      Map.entry("'passportNumber'", "--passport-number"),
      Map.entry("'birthDate'", "--birth-date"),
      Map.entry("'expirationDate'", "--expiration-date"));

  private OptionNames() {}

  static String inMessage(String sdkMessage) {
    if (sdkMessage == null) {
      return "invalid option value";
    }
    String out = sdkMessage;
    for (Map.Entry<String, String> e : OPTION_OF.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }
}

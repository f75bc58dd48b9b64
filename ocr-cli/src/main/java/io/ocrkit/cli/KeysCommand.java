package io.ocrkit.cli;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.ServicePublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ocr keys credit-card|id-card}: the service's current public key, as a version and fingerprint. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Show the version and SHA-256 fingerprint of a service's public key.")
final class KeysCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConnectionOptions connection;

  @Mixin
  OutputOptions output;

  @Parameters(index = "0", paramLabel = "SERVICE", description = "credit-card or id-card")
  String service;

  @Override
  public Integer call() {
    KeyService keyService = switch (service) {
      case "credit-card" -> KeyService.CREDIT_CARD;
      case "id-card" -> KeyService.ID_CARD;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "SERVICE must be credit-card or id-card");
    };
    try (ConnectionOptions.Connection connection = this.connection.open()) {
      ServicePublicKey key = connection.client().publicKey(keyService);
      int bits = ((java.security.interfaces.RSAPublicKey) key.key()).getModulus().bitLength();
      if (output.json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", service);
        out.put("version", key.version());
        out.put("algorithm", "RSA-" + bits);
        out.put("sha256", key.fingerprint());
        spec.commandLine().getOut().println(JsonView.render(out));
      } else {
        spec.commandLine().getOut().printf("%s  version %s  RSA-%d  sha256:%s%n", service,
            TerminalText.safe(key.version()), bits,
            key.fingerprint());
      }
      return ExitCodes.OK;
    }
  }
}

package io.ocrkit.spring.boot.actuate;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code ocrkit} in {@code /actuator/info}: base URL, auth mode, crypto and the key versions the
 * client seals under. Only what {@link OcrClientOptions} holds, which names no key nor account.
 */
public class OcrInfoContributor implements InfoContributor {

  private final OcrClient client;

  OcrInfoContributor(OcrClient client) {
    this.client = client;
  }

  @Override
  public void contribute(Info.Builder builder) {
    OcrClientOptions options = client.options();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("baseUrl", options.baseUrl().toString());
    details.put("authMode", options.authMode() == OcrClientOptions.AuthMode.SECRET_KEY
        ? "v2.0 secret key" : "v2.1 user access key");
    details.put("crypto", options.crypto());
    Map<String, String> versions = new LinkedHashMap<>();
    for (KeyService service : KeyService.values()) {
      versions.put(service.wireName(), version(service));
    }
    details.put("keyVersions", versions);
    builder.withDetail("ocrkit", details);
  }

  private String version(KeyService service) {
    try {
      return client.publicKey(service).version();
    } catch (RuntimeException e) {
      return "unavailable";
    }
  }
}

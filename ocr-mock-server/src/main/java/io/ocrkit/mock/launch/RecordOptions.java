package io.ocrkit.mock.launch;

import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.MockOcrServerBuilder;
import io.ocrkit.mock.RecordSettings;
import io.ocrkit.mock.UpstreamCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The recording options of {@link MockServerOptions}: the service to record, the directory, the
 * upstream's credentials (options, else environment variables; never printed) and raw mode.
 */
final class RecordOptions {

  static final String ENV_APP_KEY = "OCR_UPSTREAM_APP_KEY";
  static final String ENV_SECRET_KEY = "OCR_UPSTREAM_SECRET_KEY";
  static final String ENV_USER_ACCESS_KEY_ID = "OCR_UPSTREAM_USER_ACCESS_KEY_ID";
  static final String ENV_SECRET_ACCESS_KEY = "OCR_UPSTREAM_SECRET_ACCESS_KEY";

  private static final String CREDENTIALS_HINT = "--upstream-app-key with --upstream-secret-key (v2.0) or with"
      + " --upstream-user-access-key-id and --upstream-secret-access-key (v2.1), or the environment variables "
      + ENV_APP_KEY + ", " + ENV_SECRET_KEY + ", " + ENV_USER_ACCESS_KEY_ID + ", " + ENV_SECRET_ACCESS_KEY;

  @Option(names = "--record-from", paramLabel = "URL",
      description = "Forward every scan to this service (https unless loopback) and record its answers.")
  String from;

  @Option(names = "--record-to", paramLabel = "DIR", description = "Where recordings go: one <sha256>.json per image.")
  Path to;

  @Option(names = "--record-raw",
      description = "Keep the real personal values (files readable by their owner only) instead of synthetic ones.")
  boolean raw;

  @Option(names = "--upstream-app-key", paramLabel = "K", description = "The recorded service's app key.")
  String appKey;

  @Option(names = "--upstream-secret-key", paramLabel = "S", description = "Its v2.0 secret key.")
  String secretKey;

  @Option(names = "--upstream-user-access-key-id", paramLabel = "ID", description = "Its v2.1 user access key id.")
  String userAccessKeyId;

  @Option(names = "--upstream-secret-access-key", paramLabel = "S", description = "Its v2.1 secret access key.")
  String secretAccessKey;

  /** @throws IllegalArgumentException naming the options (and variables) that are missing or wrong */
  void applyTo(MockOcrServerBuilder builder, Map<String, String> env) {
    if (from == null && to == null) {
      if (raw) {
        throw new IllegalArgumentException("--record-raw needs --record-from and --record-to");
      }
      return;
    }
    if (from == null) {
      throw new IllegalArgumentException("--record-to needs --record-from: the URL of the service to record");
    }
    if (to == null) {
      throw new IllegalArgumentException("--record-from needs --record-to: the directory to record into");
    }
    builder.recordFrom(url(from)).recordTo(to).recordRaw(raw).upstreamCredentials(credentials(env));
  }

  private UpstreamCredentials credentials(Map<String, String> env) {
    String app = given(appKey, env, ENV_APP_KEY);
    String secret = given(secretKey, env, ENV_SECRET_KEY);
    String id = given(userAccessKeyId, env, ENV_USER_ACCESS_KEY_ID);
    String access = given(secretAccessKey, env, ENV_SECRET_ACCESS_KEY);
    boolean v20 = secret != null;
    boolean v21 = id != null || access != null;
    if (app == null || v20 == v21 || v21 && (id == null || access == null)) {
      throw new IllegalArgumentException("recording needs the upstream's credentials, one kind: " + CREDENTIALS_HINT);
    }
    return v20 ? UpstreamCredentials.v20(app, secret) : UpstreamCredentials.v21(app, id, access);
  }

  private static String given(String option, Map<String, String> env, String variable) {
    String value = option != null ? option : env.get(variable);
    return value == null || value.isBlank() ? null : value;
  }

  private static URI url(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--record-from must be a URL such as https://api-ocr.nhncloudservice.com");
    }
    RecordSettings.checkUpstreamUrl(uri, "--record-from");
    return uri;
  }
}

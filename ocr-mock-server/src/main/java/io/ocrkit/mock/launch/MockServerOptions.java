package io.ocrkit.mock.launch;

import io.ocrkit.mock.MockCrypto;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.MockOcrServerBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The mock server's command-line options, one definition for {@code java -jar ocr-mock-server.jar}
 * and {@code ocr mock} (a picocli mixin). Parsing throws picocli's {@link CommandLine.ParameterException}
 * and never exits the JVM.
 */
public final class MockServerOptions {

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--app-key", paramLabel = "K",
      description = "The app key; with --secret-key. Left out, demo credentials are made up and printed.")
  String appKey;

  @Option(names = "--secret-key", paramLabel = "S", description = "The v2.0 secret key; with --app-key.")
  String secretKey;

  @Option(names = "--user-access-key-id", paramLabel = "ID", description = "The v2.1 user access key id.")
  String userAccessKeyId;

  @Option(names = "--secret-access-key", paramLabel = "S", description = "The v2.1 secret access key.")
  String secretAccessKey;

  @Option(names = "--request-key-ttl", paramLabel = "SECONDS", defaultValue = "3600",
      description = "How long a Request-Key lives (default: ${DEFAULT-VALUE}).")
  long requestKeyTtlSeconds;

  @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "20971520",
      description = "The upload limit; one byte more answers 4131000 (default: 20 MB).")
  long maxUploadBytes;

  @Option(names = "--rate-limit", paramLabel = "CALLS_PER_SECOND", defaultValue = "0",
      description = "Calls per second and app key before 4000006; 0 for no limit (default).")
  int rateLimit;

  @Option(names = "--token-expires-in-as-string",
      description = "The token endpoint answers expires_in as a string, as the service's docs type it.")
  boolean tokenExpiresInAsString;

  @Option(names = "--crypto", paramLabel = "jca|bc", defaultValue = "jca",
      description = "What opens envelopes: the JDK's crypto or BouncyCastle (default: ${DEFAULT-VALUE}).")
  String crypto;

  @Option(names = "--fixtures", paramLabel = "DIR",
      description = "Recordings to load at start and answer by image hash (see docs/recording-format.md).")
  Path fixtures;

  @Mixin
  RecordOptions record = new RecordOptions();

  /** Options parsed from arguments alone, for code that is not a picocli command itself. */
  public static MockServerOptions parse(String... args) {
    MockServerOptions options = new MockServerOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  /** Whether both the app key and the secret key were given. */
  public boolean credentialsGiven() {
    return appKey != null && secretKey != null;
  }

  /**
   * A builder with these settings, upstream credentials also from the environment.
   *
   * @throws IllegalArgumentException naming the option or setting that is wrong
   */
  public MockOcrServerBuilder toBuilder() {
    return toBuilder(System.getenv());
  }

  /** As {@link #toBuilder()}, with {@code env} for the environment variables. */
  public MockOcrServerBuilder toBuilder(Map<String, String> env) {
    if ((appKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException("--app-key and --secret-key go together");
    }
    MockOcrServerBuilder builder = MockOcrServer.builder();
    try {
      builder.crypto(MockCrypto.fromOption(crypto));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + e.getMessage(), e);
    }
    builder.host(host).port(port).requestKeyTtl(Duration.ofSeconds(requestKeyTtlSeconds))
        .maxUploadBytes(maxUploadBytes).rateLimit(rateLimit).tokenExpiresInAsString(tokenExpiresInAsString);
    if (appKey != null) {
      builder.appKey(appKey).secretKey(secretKey);
    }
    if (userAccessKeyId != null) {
      builder.userAccessKeyId(userAccessKeyId);
    }
    if (secretAccessKey != null) {
      builder.secretAccessKey(secretAccessKey);
    }
    if (fixtures != null) {
      builder.fixtures(fixtures);
    }
    record.applyTo(builder, env);
    return builder;
  }
}

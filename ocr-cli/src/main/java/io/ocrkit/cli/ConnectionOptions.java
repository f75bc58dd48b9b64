package io.ocrkit.cli;

import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.validation.StandardValidator;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where and as whom to call the service: options, else the environment ({@code OCR_BASE_URL},
 * {@code OCR_APP_KEY}, and {@code OCR_SECRET_KEY} for v2.0 or {@code OCR_USER_ACCESS_KEY_ID} with
 * {@code OCR_SECRET_ACCESS_KEY} for v2.1), or {@code --mock}: the mock a running {@code ocr mock}
 * recorded in its state file, else an embedded one.
 */
final class ConnectionOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "${env:OCR_BASE_URL}",
      description = {"Service base URL (default: OCR_BASE_URL, else the current domain,",
          "https://api-ocr.nhncloudservice.com)."})
  String endpoint;

  @Option(names = "--app-key", paramLabel = "K", defaultValue = "${env:OCR_APP_KEY}",
      description = "App key (default: OCR_APP_KEY).")
  String appKey;

  @Option(names = "--secret-key", paramLabel = "S", defaultValue = "${env:OCR_SECRET_KEY}",
      description = "Secret key (default: OCR_SECRET_KEY). Never printed.")
  String secretKey;

  @Option(names = "--user-access-key-id", paramLabel = "ID", defaultValue = "${env:OCR_USER_ACCESS_KEY_ID}",
      description = "v2.1: User Access Key ID, instead of --secret-key (default: OCR_USER_ACCESS_KEY_ID).")
  String userAccessKeyId;

  @Option(names = "--secret-access-key", paramLabel = "S", defaultValue = "${env:OCR_SECRET_ACCESS_KEY}",
      description = "v2.1: its secret access key (default: OCR_SECRET_ACCESS_KEY). Never printed.")
  String secretAccessKey;

  @Option(names = "--token-url", paramLabel = "URL", defaultValue = "${env:OCR_TOKEN_URL}",
      description = "v2.1: where tokens are issued (default: OCR_TOKEN_URL, else NHN Cloud's OAuth service).")
  String tokenUrl;

  @Option(names = "--mock", description = "Use the mock that 'ocr mock' runs, else an embedded one (demo credentials).")
  boolean mock;

  @Option(names = "--insecure-http", description = "Allow plain http:// to a host that is not loopback.")
  boolean insecureHttp;

  @Option(names = "--timeout", paramLabel = "SECONDS", converter = SecondsConverter.class,
      description = "Most time for the whole call, retries included, like curl's --max-time "
          + "(default: the SDK's call timeout).")
  Duration timeout;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS", converter = SecondsConverter.class,
      description = "Most time to connect (default: the SDK's connect timeout).")
  Duration connectTimeout;

  /** Where the last {@link #open} connected to, for messages; null before. */
  private URI target;
  private UnaryOperator<OcrClientBuilder> tuning = UnaryOperator.identity();

  URI target() {
    return target;
  }

  /** A client for the chosen target; with {@code --mock}, the mock it talks to is closed with it. */
  Connection open() {
    return open(UnaryOperator.identity());
  }

  /** As {@link #open()}, with what a command adds to the client's settings (a batch's limits). */
  Connection open(UnaryOperator<OcrClientBuilder> tuning) {
    this.tuning = tuning;
    Connection connection = connect();
    target = connection.client().options().baseUrl();
    return connection;
  }

  private Connection connect() {
    if (mock) {
      java.util.Optional<MockStateFile.Entry> running = SharedMock.running(MockStateFile.inUserHome());
      if (running.isPresent()) {
        MockStateFile.Entry shared = running.get();
        return new Connection(baseBuilder(shared.baseUrl(), shared.appKey()).secretKey(shared.secretKey()).build(),
            null);
      }
      MockOcrServer server = MockOcrServer.builder().port(0).build().start();
      OcrClient client = baseBuilder(server.baseUrl(), server.appKey()).secretKey(server.secretKey()).build();
      return new Connection(client, server);
    }
    if (blank(appKey)) {
      throw new ParameterException(spec.commandLine(), "Missing --app-key (or OCR_APP_KEY), or use --mock");
    }
    URI base = url(endpoint, "--endpoint");
    OcrClientBuilder builder = baseBuilder(base == null ? Protocol.CURRENT_BASE_URL : base, appKey.strip());
    try {
      if (blank(userAccessKeyId) && blank(secretAccessKey)) {
        if (blank(secretKey)) {
          throw new ParameterException(spec.commandLine(), "Missing --secret-key (or OCR_SECRET_KEY), or "
              + "--user-access-key-id with --secret-access-key for v2.1, or use --mock");
        }
        builder.secretKey(secretKey.strip());
      } else {
        builder.userAccessKey(require(userAccessKeyId, "--user-access-key-id (or OCR_USER_ACCESS_KEY_ID)"),
            require(secretAccessKey, "--secret-access-key (or OCR_SECRET_ACCESS_KEY)"));
        if (!blank(secretKey)) {
          // Which one the user meant cannot be guessed; the SDK refuses both as well.
          throw new OneLineUsageError(spec.commandLine(), "give --secret-key (v2.0) or --user-access-key-id with "
              + "--secret-access-key (v2.1), not both (check OCR_SECRET_KEY)");
        }
        URI tokens = url(tokenUrl, "--token-url");
        if (tokens != null) {
          builder.tokenUrl(tokens);
        }
      }
      return new Connection(builder.build(), null);
    } catch (IllegalArgumentException e) {
      throw new OneLineUsageError(spec.commandLine(), OptionNames.inMessage(e.getMessage()));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private String require(String value, String option) {
    if (blank(value)) {
      throw new ParameterException(spec.commandLine(), "Missing " + option + " for v2.1 authentication");
    }
    return value.strip();
  }

  private URI url(String value, String option) {
    try {
      return blank(value) ? null : URI.create(value.strip());
    } catch (IllegalArgumentException e) {
      throw new OneLineUsageError(spec.commandLine(), option + " is not a URL");
    }
  }

  /** Everything but the credential. */
  private OcrClientBuilder baseBuilder(URI base, String key) {
    OcrClientBuilder builder = OcrClient.builder().baseUrl(base).appKey(key)
        .resultValidator(StandardValidator.create());
    if (insecureHttp) {
      builder.allowInsecureHttp();
    }
    if (timeout != null) {
      builder.callTimeout(timeout);
    }
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    return tuning.apply(builder);
  }

  /** A client, and the embedded mock behind it if any; closing closes both. */
  record Connection(OcrClient client, MockOcrServer mock) implements AutoCloseable {
    @Override
    public void close() {
      client.close();
      if (mock != null) {
        mock.close();
      }
    }
  }
}

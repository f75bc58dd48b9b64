package io.ocrkit.cli;

import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.validation.StandardValidator;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where and as whom to call the service: options, else the environment ({@code OCR_BASE_URL},
 * {@code OCR_APP_KEY}, {@code OCR_SECRET_KEY}), or {@code --mock}: the mock a running {@code ocr mock}
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

  URI target() {
    return target;
  }

  /** A client for the chosen target; with {@code --mock}, the mock it talks to is closed with it. */
  Connection open() {
    Connection connection = connect();
    target = connection.client().options().baseUrl();
    return connection;
  }

  private Connection connect() {
    if (mock) {
      java.util.Optional<MockStateFile.Entry> running = SharedMock.running(MockStateFile.inUserHome());
      if (running.isPresent()) {
        MockStateFile.Entry shared = running.get();
        return new Connection(baseBuilder(shared.baseUrl(), shared.appKey(), shared.secretKey()).build(), null);
      }
      MockOcrServer server = MockOcrServer.builder().port(0).build().start();
      OcrClient client = baseBuilder(server.baseUrl(), server.appKey(), server.secretKey()).build();
      return new Connection(client, server);
    }
    if (appKey == null || appKey.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Missing --app-key (or OCR_APP_KEY), or use --mock");
    }
    if (secretKey == null || secretKey.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Missing --secret-key (or OCR_SECRET_KEY), or use --mock");
    }
    URI base;
    try {
      base = endpoint == null || endpoint.isBlank() ? Protocol.CURRENT_BASE_URL : URI.create(endpoint.strip());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--endpoint is not a URL");
    }
    try {
      return new Connection(baseBuilder(base, appKey.strip(), secretKey.strip()).build(), null);
    } catch (IllegalArgumentException e) {
      throw new OneLineUsageError(spec.commandLine(), OptionNames.inMessage(e.getMessage()));
    }
  }

  private OcrClientBuilder baseBuilder(URI base, String key, String secret) {
    OcrClientBuilder builder = OcrClient.builder().appKey(key).secretKey(secret)
        .resultValidator(StandardValidator.create());
    if (base != null) {
      builder.baseUrl(base);
    }
    if (insecureHttp) {
      builder.allowInsecureHttp();
    }
    if (timeout != null) {
      builder.callTimeout(timeout);
    }
    if (connectTimeout != null) {
      builder.connectTimeout(connectTimeout);
    }
    return builder;
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

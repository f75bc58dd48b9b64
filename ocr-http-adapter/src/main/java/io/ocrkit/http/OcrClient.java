package io.ocrkit.http;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.port.in.DocumentOcr;
import io.ocrkit.core.port.out.CallObserver;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.http.internal.HttpOcrTransport;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.service.OcrService;
import io.ocrkit.core.validation.ResultValidator;
import io.ocrkit.http.internal.ClientResources;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Document OCR client: every operation, sync and {@link CompletableFuture}, results decrypted
 * and typed. Make one with {@link #create} or {@link #builder()}, share it, close it; derive
 * variants with {@link #newBuilder()}. Images come in as {@link ImageSource}
 * ({@code ImageSource.of(path)}, {@code ImageSource.of(bytes)}, a stream and its length).
 *
 * <p>Guarantees: thread-safe; one {@link HttpClient} and its connections are shared by all calls;
 * futures complete on the configured executor, never on an HTTP I/O thread; an async call holds no
 * thread while it waits for the network or for a retry, and at most
 * {@link OcrClientBuilder#maxConcurrency} requests are in flight (the next ones queue in order);
 * sync calls wait on the caller's thread and must not be made from the executor's; retries are bounded
 * (transport faults, {@code 5000503}, {@code 4000006}, and once {@code 4000301}), each one re-sealed
 * under a fresh key. Failures are those of {@link DocumentOcr}: {@link IllegalArgumentException}
 * before sending, else {@link io.ocrkit.core.model.OcrServiceException},
 * {@link io.ocrkit.core.model.OcrTransportException} or {@link io.ocrkit.core.model.OcrProtocolException},
 * whose messages name the operation and code, never a key or a decrypted value.
 */
public final class OcrClient implements DocumentOcr, AutoCloseable {

  private final OcrClientBuilder settings;
  private final ClientResources resources;
  private final OcrClientOptions options;
  private final OcrService service;
  private final HttpOcrTransport transport;
  private final AtomicBoolean closed = new AtomicBoolean();

  OcrClient(OcrClientBuilder settings, ClientResources resources, OcrClientOptions options,
      HttpOcrTransport transport, CallObserver calls, EnvelopeCrypto crypto, ResultValidator validator, Clock clock) {
    this.transport = transport;
    this.settings = settings;
    this.resources = resources;
    this.options = options;
    this.service = new OcrService(transport, crypto, options.core(), validator, resources.executor(), clock,
        calls);
  }

  /**
   * A v2.0 client on the current domain with every default (see {@link OcrClientBuilder}).
   *
   * @throws IllegalArgumentException naming the argument that is blank or not URL-safe
   * @param appKey the app key from the console
   * @param secretKey the console's secret key
   * @return a client to close when done
   */
  public static OcrClient create(String appKey, String secretKey) {
    return builder().appKey(appKey).secretKey(secretKey).build();
  }

  /**
   * A builder for everything else.
   *
   * @return a new builder with every default
   */
  public static OcrClientBuilder builder() {
    return new OcrClientBuilder();
  }

  /**
   * A builder with this client's settings that shares its {@link HttpClient} (connections
   * included) and its executor, as OkHttp's {@code newBuilder()} does. Closing the client it builds
   * closes neither; closing this client stops its own executor for both.
   *
   * @return a new builder; changing it does not change this client
   */
  public OcrClientBuilder newBuilder() {
    return settings.derive(resources.http(), resources.executor());
  }

  /**
   * The effective configuration, defaults filled in; holds no secret.
   *
   * @return the options, safe to log
   */
  public OcrClientOptions options() {
    return options;
  }

  @Override
  public CreditCard scanCreditCard(ImageSource image) {
    return service.scanCreditCard(image);
  }

  @Override
  public IdCardScan scanIdCard(ImageSource image) {
    return service.scanIdCard(image);
  }

  @Override
  public IdCardScan scanIdCardStandAlone(ImageSource image) {
    return service.scanIdCardStandAlone(image);
  }

  @Override
  public boolean verifyAuthenticity(RequestKey requestKey, AuthenticityRequest request) {
    return service.verifyAuthenticity(requestKey, request);
  }

  @Override
  public CompletableFuture<CreditCard> scanCreditCardAsync(ImageSource image) {
    return service.scanCreditCardAsync(image);
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardAsync(ImageSource image) {
    return service.scanIdCardAsync(image);
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(ImageSource image) {
    return service.scanIdCardStandAloneAsync(image);
  }

  @Override
  public CompletableFuture<Boolean> verifyAuthenticityAsync(RequestKey requestKey, AuthenticityRequest request) {
    return service.verifyAuthenticityAsync(requestKey, request);
  }

  /**
   * The public key the next request to {@code keyService} is sealed under, fetched if needed.
   *
   * @param keyService whose key
   * @return the cached key, or the one just fetched
   * @throws io.ocrkit.core.model.OcrException if the key cannot be fetched
   */
  public ServicePublicKey publicKey(KeyService keyService) {
    return service.publicKey(keyService);
  }

  /**
   * Stops the executor the client made (not one it was given or shares) and lets go of the
   * {@link HttpClient} it made; one given to {@link OcrClientBuilder#httpClient} or shared from
   * another client is never closed. A v2.1 token the client holds is revoked first, best effort and
   * within about a second and a half; close never throws. Calls still running may fail. Safe to
   * call more than once.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      service.close(); // queued calls would otherwise wait forever for a permit no stopped attempt returns
      transport.close(); // before the executor stops: revoking a v2.1 token needs the HTTP client
    }
    resources.close();
  }

  /** For tests: the HTTP client in use. */
  HttpClient httpClient() {
    return resources.http();
  }

  /** For tests: where futures complete. */
  Executor executor() {
    return resources.executor();
  }
}


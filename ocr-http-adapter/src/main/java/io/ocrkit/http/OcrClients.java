package io.ocrkit.http;

/** The one-line way to a working client. */
public final class OcrClients {

  private OcrClients() {}

  /**
   * A v2.0 client on the legacy domain with every default: JCA crypto, 3 attempts with jittered
   * backoff, 10 s to connect, 30 s per attempt, 120 s per call.
   *
   * @throws IllegalArgumentException naming the argument that is blank or not URL-safe
   */
  public static OcrClient create(String appKey, String secretKey) {
    return OcrClient.builder().appKey(appKey).secretKey(secretKey).build();
  }

  /** A builder for everything else; see {@link OcrClient.Builder}. */
  public static OcrClient.Builder builder() {
    return OcrClient.builder();
  }
}

package io.ocrkit.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The effective settings of a {@link MockOcrServer}, fixed at {@code build()}: changing the builder
 * afterwards changes nothing in a server already built. {@code toString} names no secret.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1}
 * @param port 0 for a free one
 * @param appKey the app key the mock accepts
 * @param secretKey the v2.0 secret key that goes with it
 * @param extraCredentials other app keys the mock accepts, with their secret keys
 * @param userAccessKeyId the v2.1 User Access Key ID
 * @param secretAccessKey its secret
 * @param requestKeyTtl how long a Request-Key stays valid
 * @param tokenTtl how long a v2.1 token stays valid
 * @param maxUploadBytes the largest image part accepted (4131000 above)
 * @param rateLimit calls per second and app key before 4000006; 0 for no limit
 * @param journalCapacity how many journal entries are kept
 * @param clock the mock's clock, which expiry follows
 * @param tokenExpiresInAsString whether the token endpoint answers {@code expires_in} as a string
 *     (the service's docs type it so) instead of a number (as its sample shows)
 * @param crypto the primitives envelopes are opened with
 * @param record where scans are forwarded and recorded; null when the mock answers them itself
 * @param fixtures a directory of recordings loaded at start; null for none
 */
public record MockOcrConfig(String host, int port, String appKey, String secretKey,
    Map<String, String> extraCredentials, String userAccessKeyId, String secretAccessKey,
    Duration requestKeyTtl, Duration tokenTtl, long maxUploadBytes, int rateLimit, int journalCapacity,
    Clock clock, boolean tokenExpiresInAsString, MockCrypto crypto, RecordSettings record, Path fixtures) {

  /**
   * As the canonical constructor, neither recording nor loading recordings.
   *
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port 0 for a free one
   * @param appKey the app key the mock accepts
   * @param secretKey the v2.0 secret key that goes with it
   * @param extraCredentials other app keys the mock accepts, with their secret keys
   * @param userAccessKeyId the v2.1 User Access Key ID
   * @param secretAccessKey its secret
   * @param requestKeyTtl how long a Request-Key stays valid
   * @param tokenTtl how long a v2.1 token stays valid
   * @param maxUploadBytes the largest image part accepted (4131000 above)
   * @param rateLimit calls per second and app key before 4000006; 0 for no limit
   * @param journalCapacity how many journal entries are kept
   * @param clock the mock's clock, which expiry follows
   * @param tokenExpiresInAsString whether the token endpoint answers {@code expires_in} as a string
   *     (the service's docs type it so) instead of a number (as its sample shows)
   * @param crypto the primitives envelopes are opened with
   */
  public MockOcrConfig(String host, int port, String appKey, String secretKey,
      Map<String, String> extraCredentials, String userAccessKeyId, String secretAccessKey,
      Duration requestKeyTtl, Duration tokenTtl, long maxUploadBytes, int rateLimit, int journalCapacity,
      Clock clock, boolean tokenExpiresInAsString, MockCrypto crypto) {
    this(host, port, appKey, secretKey, extraCredentials, userAccessKeyId, secretAccessKey, requestKeyTtl, tokenTtl,
        maxUploadBytes, rateLimit, journalCapacity, clock, tokenExpiresInAsString, crypto, null, null);
  }

  /**
   * As the canonical constructor, with the JDK's crypto.
   *
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port 0 for a free one
   * @param appKey the app key the mock accepts
   * @param secretKey the v2.0 secret key that goes with it
   * @param extraCredentials other app keys the mock accepts, with their secret keys
   * @param userAccessKeyId the v2.1 User Access Key ID
   * @param secretAccessKey its secret
   * @param requestKeyTtl how long a Request-Key stays valid
   * @param tokenTtl how long a v2.1 token stays valid
   * @param maxUploadBytes the largest image part accepted (4131000 above)
   * @param rateLimit calls per second and app key before 4000006; 0 for no limit
   * @param journalCapacity how many journal entries are kept
   * @param clock the mock's clock, which expiry follows
   * @param tokenExpiresInAsString whether the token endpoint answers {@code expires_in} as a string
   *     (the service's docs type it so) instead of a number (as its sample shows)
   */
  public MockOcrConfig(String host, int port, String appKey, String secretKey,
      Map<String, String> extraCredentials, String userAccessKeyId, String secretAccessKey,
      Duration requestKeyTtl, Duration tokenTtl, long maxUploadBytes, int rateLimit, int journalCapacity,
      Clock clock, boolean tokenExpiresInAsString) {
    this(host, port, appKey, secretKey, extraCredentials, userAccessKeyId, secretAccessKey, requestKeyTtl, tokenTtl,
        maxUploadBytes, rateLimit, journalCapacity, clock, tokenExpiresInAsString, MockCrypto.JCA);
  }

  /**
   * As the canonical constructor, {@code expires_in} a number, the JDK's crypto.
   *
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port 0 for a free one
   * @param appKey the app key the mock accepts
   * @param secretKey the v2.0 secret key that goes with it
   * @param extraCredentials other app keys the mock accepts, with their secret keys
   * @param userAccessKeyId the v2.1 User Access Key ID
   * @param secretAccessKey its secret
   * @param requestKeyTtl how long a Request-Key stays valid
   * @param tokenTtl how long a v2.1 token stays valid
   * @param maxUploadBytes the largest image part accepted (4131000 above)
   * @param rateLimit calls per second and app key before 4000006; 0 for no limit
   * @param journalCapacity how many journal entries are kept
   * @param clock the mock's clock, which expiry follows
   */
  public MockOcrConfig(String host, int port, String appKey, String secretKey,
      Map<String, String> extraCredentials, String userAccessKeyId, String secretAccessKey,
      Duration requestKeyTtl, Duration tokenTtl, long maxUploadBytes, int rateLimit, int journalCapacity,
      Clock clock) {
    this(host, port, appKey, secretKey, extraCredentials, userAccessKeyId, secretAccessKey, requestKeyTtl, tokenTtl,
        maxUploadBytes, rateLimit, journalCapacity, clock, false);
  }

  /**
   * Checks the components and copies {@code extraCredentials}.
   *
   * @param host the address to bind, e.g. {@code 127.0.0.1}
   * @param port 0 for a free one
   * @param appKey the app key the mock accepts
   * @param secretKey the v2.0 secret key that goes with it
   * @param extraCredentials other app keys the mock accepts, with their secret keys
   * @param userAccessKeyId the v2.1 User Access Key ID
   * @param secretAccessKey its secret
   * @param requestKeyTtl how long a Request-Key stays valid
   * @param tokenTtl how long a v2.1 token stays valid
   * @param maxUploadBytes the largest image part accepted (4131000 above)
   * @param rateLimit calls per second and app key before 4000006; 0 for no limit
   * @param journalCapacity how many journal entries are kept
   * @param clock the mock's clock, which expiry follows
   * @param tokenExpiresInAsString whether the token endpoint answers {@code expires_in} as a string
   *     (the service's docs type it so) instead of a number (as its sample shows)
   * @param crypto the primitives envelopes are opened with
   * @param record where scans are forwarded and recorded; null when the mock answers them itself
   * @param fixtures a directory of recordings loaded at start; null for none
   * @throws NullPointerException if a component other than a number or flag is null
   */
  public MockOcrConfig {
    Objects.requireNonNull(host, "host == null");
    Objects.requireNonNull(appKey, "appKey == null");
    Objects.requireNonNull(secretKey, "secretKey == null");
    extraCredentials = Map.copyOf(extraCredentials);
    Objects.requireNonNull(userAccessKeyId, "userAccessKeyId == null");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey == null");
    Objects.requireNonNull(requestKeyTtl, "requestKeyTtl == null");
    Objects.requireNonNull(tokenTtl, "tokenTtl == null");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(crypto, "crypto == null");
  }

  @Override
  public String toString() {
    return "MockOcrConfig[host=" + host + ", port=" + port + ", appKey=" + appKey
        + ", extraAppKeys=" + extraCredentials.keySet() + ", userAccessKeyId=" + userAccessKeyId
        + ", requestKeyTtl=" + requestKeyTtl + ", tokenTtl=" + tokenTtl + ", maxUploadBytes=" + maxUploadBytes
        + ", rateLimit=" + rateLimit + ", journalCapacity=" + journalCapacity
        + ", tokenExpiresInAsString=" + tokenExpiresInAsString + ", crypto=" + crypto
        + (record == null ? "" : ", record=" + record) + (fixtures == null ? "" : ", fixtures=" + fixtures) + "]";
  }
}

package io.ocrkit.mock;

import io.ocrkit.core.protocol.Protocol;
import java.util.Objects;

/**
 * How a recording mock authenticates to the service it records: an app key with the v2.0 secret
 * key, or with the v2.1 user access key. {@link #toString()} names the app key and the API version
 * only; the secrets are reachable through their accessors alone, for the upstream client.
 */
public final class UpstreamCredentials {

  private final String appKey;
  private final String secretKey;
  private final String userAccessKeyId;
  private final String secretAccessKey;

  private UpstreamCredentials(String appKey, String secretKey, String userAccessKeyId, String secretAccessKey) {
    this.appKey = Settings.requireText(appKey, "upstreamAppKey");
    this.secretKey = secretKey;
    this.userAccessKeyId = userAccessKeyId;
    this.secretAccessKey = secretAccessKey;
  }

  /**
   * v2.0: the secret key travels as the {@code Authorization} header.
   *
   * @param appKey the upstream's app key
   * @param secretKey its secret key; never printed
   * @return the credentials
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank
   */
  public static UpstreamCredentials v20(String appKey, String secretKey) {
    return new UpstreamCredentials(appKey, Settings.requireText(secretKey, "upstreamSecretKey"), null, null);
  }

  /**
   * v2.1: a bearer token from the token endpoint, made with the user access key.
   *
   * @param appKey the upstream's app key
   * @param userAccessKeyId the User Access Key ID
   * @param secretAccessKey its secret; never printed
   * @return the credentials
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank
   */
  public static UpstreamCredentials v21(String appKey, String userAccessKeyId, String secretAccessKey) {
    return new UpstreamCredentials(appKey, null, Settings.requireText(userAccessKeyId, "upstreamUserAccessKeyId"),
        Settings.requireText(secretAccessKey, "upstreamSecretAccessKey"));
  }

  /** {@return the upstream's app key} */
  public String appKey() {
    return appKey;
  }

  /** {@return {@code v2.0} or {@code v2.1}: the path version the upstream is called with} */
  public String apiVersion() {
    return secretKey != null ? Protocol.V2_0 : Protocol.V2_1;
  }

  /** {@return the v2.0 secret key; null for v2.1 credentials} */
  public String secretKey() {
    return secretKey;
  }

  /** {@return the v2.1 user access key id; null for v2.0 credentials} */
  public String userAccessKeyId() {
    return userAccessKeyId;
  }

  /** {@return the v2.1 secret access key; null for v2.0 credentials} */
  public String secretAccessKey() {
    return secretAccessKey;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpstreamCredentials other && appKey.equals(other.appKey)
        && Objects.equals(secretKey, other.secretKey) && Objects.equals(userAccessKeyId, other.userAccessKeyId)
        && Objects.equals(secretAccessKey, other.secretAccessKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(appKey, apiVersion());
  }

  @Override
  public String toString() {
    return "UpstreamCredentials[appKey=" + appKey + ", " + apiVersion() + ", secrets masked]";
  }
}

package io.ocrkit.mock.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** The app keys with their secret keys, and the v2.1 user access key; compared in constant time. */
public final class CredentialStore {

  private final Map<String, String> secrets;
  private final String userAccessKeyId;
  private final String secretAccessKey;

  public CredentialStore(Map<String, String> secrets, String userAccessKeyId, String secretAccessKey) {
    this.secrets = Map.copyOf(secrets);
    this.userAccessKeyId = userAccessKeyId;
    this.secretAccessKey = secretAccessKey;
  }

  /** Whether the app key exists and the secret is its secret. */
  public boolean validSecret(String appKey, String secret) {
    String expected = secrets.get(appKey);
    // Compare against something even for an unknown app key: the time taken does not tell which.
    byte[] a = bytes(expected == null ? "\0unknown" : expected);
    return MessageDigest.isEqual(a, bytes(secret)) && expected != null;
  }

  public boolean knownAppKey(String appKey) {
    return secrets.containsKey(appKey);
  }

  public boolean validUserAccessKey(String id, String secret) {
    boolean idOk = MessageDigest.isEqual(bytes(userAccessKeyId), bytes(id));
    boolean secretOk = MessageDigest.isEqual(bytes(secretAccessKey), bytes(secret));
    return idOk & secretOk;
  }

  private static byte[] bytes(String s) {
    return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
  }
}

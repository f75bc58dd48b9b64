package io.ocrkit.http.internal;

/**
 * Run by {@link ModulePathJsonTest} in a JVM where {@code io.ocrkit.http} is a named module:
 * maps one answer of each kind and prints {@code ok}, or lets the failure end the JVM.
 */
public final class ModulePathProbe {

  private ModulePathProbe() {}

  public static void main(String[] args) {
    if (!ModulePathProbe.class.getModule().isNamed()) {
      throw new IllegalStateException("not on the module path");
    }
    WireJson json = new WireJson();
    json.publicKey("op", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},"
        + "\"result\":{\"key\":\"QUJD\",\"version\":\"0\"}}");
    json.creditCard("op", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},\"result\":{\"fileType\":\"png\","
        + "\"cardNums\":[{\"value\":\"x\",\"conf\":0.9}],\"validThruBox\":{\"x1\":1,\"y1\":1,\"x2\":2,\"y2\":1,"
        + "\"x3\":2,\"y3\":2,\"x4\":1,\"y4\":2}}}");
    json.idCard("op", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},\"result\":{\"idType\":\"resident\","
        + "\"keyValues\":[{\"key\":\"name\",\"value\":\"x\",\"conf\":0.9}]}}");
    json.authenticity("op", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0},\"result\":{\"isAuthenticity\":true}}");
    json.token("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":60}");
    System.out.print("ok");
  }
}

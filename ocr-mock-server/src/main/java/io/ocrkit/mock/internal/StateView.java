package io.ocrkit.mock.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code GET /mock/v1/state} answers: key versions, Request-Keys (masked), faults, fixtures,
 * clock offset, rate limit. Public facts only: no secret key, no private key, no whole Request-Key.
 */
final class StateView {

  private StateView() {}

  static Map<String, Object> of(MockState state) {
    Map<String, Object> apps = new TreeMap<>();
    state.apps().forEach((appKey, app) -> {
      Map<String, Object> keys = new TreeMap<>();
      app.keys().describe().forEach((service, v) -> keys.put(service.wireName(), v));
      List<Map<String, Object>> requestKeys = app.requestKeys().describe();
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("keys", keys);
      a.put("requestKeys", requestKeys);
      a.put("liveRequestKeys", requestKeys.stream().filter(k -> "live".equals(k.get("state"))).count());
      apps.put(appKey, a);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("now", state.clock().instant().toString());
    out.put("clockOffsetSeconds", state.clock().offset().toSeconds());
    out.put("apps", apps);
    out.put("faults", state.faults().describe());
    out.put("fixtures", state.fixtures().size());
    out.put("fixtureList", state.fixtures().describe());
    out.put("rateLimitPerSecond", state.config().rateLimitPerSecond());
    out.put("journalSize", state.journal().size());
    return out;
  }
}

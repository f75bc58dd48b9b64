package io.ocrkit.mock.internal.record;

import java.util.Map;

/** Reading the protocol's answer envelope, {@code {"header": {"resultCode"}, "result"}}, from the upstream. */
final class UpstreamAnswers {

  private UpstreamAnswers() {}

  /** The header's code; an answer without one (a gateway page) is not the protocol. */
  static int code(UpstreamHttp.Answer answer) {
    if (answer.json().get("header") instanceof Map<?, ?> header && header.get("resultCode") instanceof Number n) {
      return n.intValue();
    }
    throw new UpstreamException("the upstream's answer (HTTP " + answer.status() + ") has no header.resultCode");
  }

  /** The result object; empty when there is none (a refusal). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> result(UpstreamHttp.Answer answer) {
    return answer.json().get("result") instanceof Map<?, ?> result ? (Map<String, Object>) result : Map.of();
  }
}

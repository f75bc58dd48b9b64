package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.protocol.ResultCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The protocol's envelope of every answer: HTTP 200, the {@code header} (success flag, code, the
 * service's message key) and {@code result} if any; also for refusals, unknown URLs and the token
 * endpoint's protocol errors. Records the code in the request's journal entry.
 */
final class AnswerWriter {

  private static final String ENTRY = "io.ocrkit.mock.journal-entry";

  private final MockState state;

  public AnswerWriter(MockState state) {
    this.state = state;
  }

  /** Starts the request's journal entry and keeps it with the request for later steps. */
  Journal.Entry begin(Context ctx) {
    Journal.Entry entry = state.journal().begin(state.clock().instant().toString(), ctx.method().name(), ctx.path());
    ctx.attribute(ENTRY, entry);
    return entry;
  }

  /** The request's journal entry; one is started if the request has none yet. */
  Journal.Entry entry(Context ctx) {
    Journal.Entry entry = ctx.attribute(ENTRY);
    return entry != null ? entry : begin(ctx);
  }

  void answer(Context ctx, int code, Object result) {
    Bodies.drainRequest(ctx);
    entry(ctx).resultCode(code);
    ctx.status(200).contentType("application/json; charset=UTF-8").result(Json.write(body(code, result)));
  }

  /** A refusal: the rejection's code, no result. */
  public void reject(Reject reject, Context ctx) {
    answer(ctx, reject.code(), null);
  }

  /** Anything unexpected in an emulated endpoint is the service's internal failure, not a stack trace. */
  public void fail(Exception unexpected, Context ctx) {
    if (ctx.attribute(ENTRY) == null) {
      // not an emulated endpoint (the admin API): a plain server error, as Javalin's own
      ctx.status(500).contentType("text/plain").result("Internal server error");
      return;
    }
    answer(ctx, ResultCode.INTERNAL_API_FAIL.code(), null);
  }

  /** The service answers an unknown URL inside its protocol: HTTP 200, code 4041007. */
  public void notFound(Context ctx) {
    begin(ctx);
    answer(ctx, ResultCode.URL_NOT_FOUND.code(), null);
  }

  public static Map<String, Object> body(int code, Object result) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("isSuccessful", code == 0);
    header.put("resultCode", code);
    header.put("resultMessage", ResultCode.of(code).map(ResultCode::key).orElse("UNKNOWN_ERROR"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("header", header);
    if (result != null) {
      body.put("result", result);
    }
    return body;
  }
}

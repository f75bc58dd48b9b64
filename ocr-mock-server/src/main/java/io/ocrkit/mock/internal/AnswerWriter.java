package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.protocol.ResultCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The protocol's envelope of every answer: HTTP 200, the {@code header} (success flag, code, the
 * service's human message) and {@code result} if any; also for refusals and unknown URLs. Records
 * the code in the request's journal entry.
 */
final class AnswerWriter {

  private static final String ENTRY = "io.ocrkit.mock.journal-entry";
  private static final String ADMIN_NOT_FOUND = "io.ocrkit.mock.admin-not-found";

  // The service's table (docs/protocol.md, result codes), keyed by code: the one place the mock's
  // texts live, so that it can switch to core's ResultCode.message() in one line once that exists.
  private static final Map<Integer, String> MESSAGES = Map.ofEntries(
      Map.entry(0, "SUCCESS"),
      Map.entry(-1, "Unknown error."),
      Map.entry(4000001, "Invalid parameter."),
      Map.entry(4000002, "Invalid file."),
      Map.entry(4000003, "Invalid file type."),
      Map.entry(4000004, "Uploaded file is empty."),
      Map.entry(4000005, "Required headers is missing."),
      Map.entry(4000006, "Api call limit exceeded, If you need to adjust the limit, please contact customer service."),
      Map.entry(4000111, "Credit card info not found."),
      Map.entry(4000121, "Id card info not found."),
      Map.entry(4000122, "Request Key is invalid or expired."),
      Map.entry(4000123, "Registration card authentication is locked."),
      Map.entry(4000301, "Invalid key version."),
      Map.entry(4000302, "Invalid symmetric key."),
      Map.entry(4000303, "Invalid encrypted data."),
      Map.entry(4000401, "Service not enabled. Please submit service use request."),
      Map.entry(4000402, "Service use request already in progress."),
      Map.entry(4000403, "Service use request not in progress."),
      Map.entry(4000404, "Service already enabled."),
      Map.entry(4010001, "Invalid appKey or secretKey."),
      Map.entry(4010002, "Invalid uuid."),
      Map.entry(4010003, "Not allowed user."),
      Map.entry(4010004, "Invalid project."),
      Map.entry(4010005, "Unauthorized role."),
      Map.entry(4010006, "Invalid token."),
      Map.entry(4010007, "Permission denied."),
      Map.entry(4041007, "URL Not Found"),
      Map.entry(4131000, "Request size is larger than permissible limit."),
      Map.entry(5000001, "Internal Api fail."),
      Map.entry(5000002, "Error parsing fail."),
      Map.entry(5000003, "Database server error."),
      Map.entry(5000004, "All or some resource delete fail."),
      Map.entry(5000005, "File read fail."),
      Map.entry(5000006, "Decrypt fail."),
      Map.entry(5000007, "Encrypt fail."),
      Map.entry(5000503, "The API you requested is temporarily unavailable. Please try again later."),
      Map.entry(5003011, "Document(credit card) OCR Api fail."),
      Map.entry(5003012, "Document(credit card) OCR Api returned empty body."),
      Map.entry(5003013, "Document(credit card) OCR failed to recognize the document."),
      Map.entry(5003021, "Document(id card) OCR Api fail."),
      Map.entry(5003022, "Document(id card) OCR Api returned empty body."),
      Map.entry(5003023, "Document(id card) OCR failed to recognize the document."));

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

  /** An admin read's own 404 (a request or thumbnail it does not hold) is kept as it was answered. */
  static void adminNotFound(Context ctx, String message) {
    ctx.attribute(ADMIN_NOT_FOUND, Boolean.TRUE);
    ctx.status(404).contentType("application/json; charset=UTF-8").result(Json.write(Map.of("error", message)));
  }

  /** The service answers an unknown URL inside its protocol: HTTP 200, code 4041007. */
  public void notFound(Context ctx) {
    if (ctx.attribute(ADMIN_NOT_FOUND) != null) {
      return;
    }
    begin(ctx);
    answer(ctx, ResultCode.URL_NOT_FOUND.code(), null);
  }

  public static Map<String, Object> body(int code, Object result) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("isSuccessful", code == 0);
    header.put("resultCode", code);
    header.put("resultMessage", message(code));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("header", header);
    if (result != null) {
      body.put("result", result);
    }
    return body;
  }

  /** The table's text for a code; an injected code outside the table reads as the unknown error. */
  static String message(int code) {
    return MESSAGES.getOrDefault(code, MESSAGES.get(-1));
  }
}

package io.ocrkit.mock.internal;

import io.javalin.http.Context;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.crypto.server.ServerEnvelope;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulated service's three kinds of call. Every answer is HTTP 200 with the protocol's
 * {@code header}, and each result code comes from the input that causes it. Steps run in the
 * service's order: path, injected fault, credentials, rate, headers, key version, symmetric key,
 * body, decryption, content. A step refuses by throwing {@link Reject}, which the routes map to
 * the answer once.
 */
final class OcrApi {

  private final AnswerWriter answers;
  private final Gate gate;
  private final FaultResponder faults;
  private final EnvelopeReader envelopes;
  private final Recogniser recogniser;
  private final AuthenticityJudge judge = new AuthenticityJudge();
  private final UpstreamProxy upstream;
  private final CpuGate cpu = CpuGate.forThisMachine();

  /** {@code upstream} null: the mock answers from its fixtures and defaults; else it forwards there. */
  OcrApi(MockState state, ServerEnvelopeCrypto crypto, AnswerWriter answers, FaultResponder faults,
      UpstreamProxy upstream) {
    this.answers = answers;
    this.upstream = upstream;
    this.gate = new Gate(state, answers);
    this.faults = faults;
    this.envelopes = new EnvelopeReader(crypto, gate, cpu, state.config().maxUploadBytes());
    this.recogniser = new Recogniser(state);
  }

  public void publicKey(Context ctx) {
    Journal.Entry entry = answers.begin(ctx);
    gate.version(ctx);
    KeyService service = Gate.keyService(ctx.pathParam("serviceName"));
    faults.respond(ctx, "public-keys", () -> {
      KeyRing.Current key = gate.admit(ctx).keys().current(service);
      entry.keyVersion(key.version());
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("key", Base64.getEncoder().encodeToString(key.pair().getPublic().getEncoded()));
      result.put("version", key.version());
      answers.answer(ctx, 0, result);
    });
  }

  public void scan(Context ctx, Operation operation) {
    Journal.Entry entry = answers.begin(ctx);
    gate.version(ctx);
    faults.respond(ctx, operation.pathSegment(), () -> {
      AppState app = gate.admit(ctx);
      try (ServerEnvelope envelope = envelopes.open(ctx, entry, app, operation.keyService())) {
        PartBuffer part = envelopes.imagePart(ctx, entry);
        if (upstream == null) {
          cpu.run(() -> answerScan(ctx, entry, app, operation, envelope, decrypted(entry, envelope, part), null));
          return;
        }
        Plain plain = cpu.call(() -> decrypted(entry, envelope, part));
        // The upstream call waits on the network: outside the gate, as reading the body is.
        UpstreamProxy.Forwarded forwarded = upstream.scan(operation, plain.image(), plain.info().type());
        cpu.run(() -> answerScan(ctx, entry, app, operation, envelope, plain, forwarded));
      }
    });
  }

  /** A decrypted image and what its header says. */
  private record Plain(byte[] image, Images.Info info) {}

  private static Plain decrypted(Journal.Entry entry, ServerEnvelope envelope, PartBuffer part) {
    byte[] image = EnvelopeReader.image(entry, envelope, part);
    Images.Info info = Images.inspect(image).orElse(null);
    entry.image(info == null ? "unknown" : info.type().wireName(), image.length);
    if (info == null) {
      throw new Reject(ResultCode.INVALID_FILE_TYPE);
    }
    entry.resolution(info.width(), info.height());
    return new Plain(image, info);
  }

  /** {@code forwarded} null: recognised here. */
  private void answerScan(Context ctx, Journal.Entry entry, AppState app, Operation operation, Envelope envelope,
      Plain plain, UpstreamProxy.Forwarded forwarded) {
    Images.Info info = plain.info();
    MockState.Recognition recognition = forwarded != null ? forwarded.recognition()
        : recogniser.recognise(operation.keyService(), plain.image(), info);
    if (recognition.resultCode() != null && recognition.resultCode() != 0) {
      throw new Reject(recognition.resultCode());
    }
    Map<String, Object> result = Recogniser.sealResult(operation.keyService(), recognition.result(), envelope);
    result.put("fileType", info.type().wireName());
    result.put("resolution", Resolution.of(info.width(), info.height()).wireName());
    if (operation == Operation.ID_CARD && checkable(recognition.result().get("idType"))) {
      String requestKey = app.requestKeys().issue(new RequestKeyLedger.Scan(
          String.valueOf(recognition.result().get("idType")),
          Recogniser.recognisedValues(recognition.result()), recognition.authentic()));
      ctx.header(Protocol.REQUEST_KEY, requestKey);
      if (forwarded != null) {
        upstream.linkRequestKey(requestKey, forwarded);
      }
    }
    entry.maskedAnswer(AnswerMask.journalText(Recogniser.ordered(withImageFacts(
        recognition.result(), result))));
    answers.answer(ctx, 0, Recogniser.ordered(result));
  }

  /** The plain result with the facts the answer adds about the image, for the journal's masked copy. */
  private static Map<String, Object> withImageFacts(Map<String, Object> plain, Map<String, Object> sealed) {
    Map<String, Object> out = new LinkedHashMap<>(plain);
    out.put("fileType", sealed.get("fileType"));
    out.put("resolution", sealed.get("resolution"));
    return out;
  }

  /** The upstream's verdict; its refusal passes through unchanged, the mock's key left usable. */
  private static boolean forwarded(UpstreamProxy.Verdict verdict) {
    if (verdict.resultCode() != 0) {
      throw new Reject(verdict.resultCode());
    }
    return verdict.authentic();
  }

  /** The service checks resident cards and driver licences only (passports withdrawn on 2026-05-27). */
  private static boolean checkable(Object idType) {
    return "resident".equals(idType) || "driver".equals(idType);
  }

  public void authenticity(Context ctx) {
    Journal.Entry entry = answers.begin(ctx);
    gate.version(ctx);
    faults.respond(ctx, Operation.ID_CARD_AUTHENTICITY.pathSegment(), () -> {
      AppState app = gate.admit(ctx);
      String requestKey = gate.required(ctx, Protocol.REQUEST_KEY);
      try (Envelope envelope = envelopes.open(ctx, entry, app, KeyService.ID_CARD);
          RequestKeyLedger.Claim claim = app.requestKeys().claim(requestKey)
              .orElseThrow(() -> new Reject(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID))) {
        ctx.header(Protocol.REQUEST_KEY, requestKey);
        Map<String, String> fields = envelopes.authenticityFields(ctx, envelope);
        boolean authentic = upstream == null ? judge.judge(app.cardLocks(), claim.scan(), fields)
            : forwarded(upstream.authenticity(requestKey, fields));
        claim.spend();
        entry.maskedAnswer(Json.write(Map.of("isAuthenticity", authentic)));
        answers.answer(ctx, 0, Map.of("isAuthenticity", authentic));
      }
    });
  }
}

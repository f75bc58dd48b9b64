package io.ocrkit.mock.internal.record;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.mock.RecordSettings;
import io.ocrkit.mock.internal.MockState;
import io.ocrkit.mock.internal.Sha256;
import io.ocrkit.mock.internal.UpstreamProxy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recording proxy: forwards each scan to the upstream, answers the client with what the
 * upstream read (real values: the proxy is transparent), and writes one recording per image,
 * with synthetic personal values unless raw. Authenticity checks go to the upstream under its own
 * Request-Key; their outcomes are added to the image's recording. Only answers about the image are
 * recorded (success, "not found", unreadable file, recognition failure); the others (credentials,
 * rate, the upstream's own failures) pass through to the client and into the summary alone.
 * An upstream that cannot be reached answers the client 5000503, which the SDK retries.
 */
public final class Recorder implements UpstreamProxy {

  private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

  /** Codes that say something about the image itself, so a replay must answer them too. */
  private static final Set<Integer> ABOUT_THE_IMAGE = Set.of(0,
      ResultCode.INVALID_FILE.code(), ResultCode.INVALID_FILE_TYPE.code(),
      ResultCode.CREDIT_CARD_INFO_NOT_FOUND.code(), ResultCode.ID_CARD_INFO_NOT_FOUND.code(),
      5003013, 5003023);
  /** Authenticity codes that say something about the card: a verdict, or its lock. */
  private static final Set<Integer> ABOUT_THE_CARD = Set.of(0, ResultCode.REGISTRATION_CARD_AUTHENTICATION_LOCKED.code());

  private final RecordSettings settings;
  private final UpstreamClient upstream;
  private final RecordingFiles files;
  private final RecordingSummary summary = new RecordingSummary();
  private final RequestKeyLinks links = new RequestKeyLinks();
  private final Map<String, Recording> recorded = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile boolean closed;

  Recorder(RecordSettings settings, UpstreamClient upstream, Clock clock) {
    this.settings = settings;
    this.upstream = upstream;
    this.files = new RecordingFiles(settings.to(), settings.raw());
    this.clock = clock;
  }

  /**
   * Prepares the directory and warns when real values will be kept.
   *
   * @throws IllegalArgumentException if the directory cannot be one
   */
  public static Recorder start(RecordSettings settings, EnvelopeCrypto crypto, Clock clock) {
    Recorder recorder = new Recorder(settings, new UpstreamClient(settings.from(), settings.credentials(), crypto, clock),
        clock);
    recorder.files.prepare();
    if (settings.raw()) {
      LOG.warn("--record-raw: recordings in {} keep the REAL personal values the upstream read (files readable"
          + " by their owner only); never commit them", settings.to());
    }
    return recorder;
  }

  @Override
  public Forwarded scan(Operation operation, byte[] image, FileType type) {
    String sha = Sha256.hex(image);
    UpstreamClient.Result answer = call(() -> upstream.scan(operation, image, type), operation);
    summary.answered(operation.pathSegment(), answer.code());
    if (ABOUT_THE_IMAGE.contains(answer.code())) {
      Optional<Map<String, Object>> written = answer.code() != 0 ? Optional.empty()
          : settings.raw() ? Optional.of(answer.plain()) : synthetic(operation, answer.plain());
      if (answer.code() != 0 || written.isPresent()) {
        write(new Recording(operation.keyService(), sha, written.orElse(null), answer.code(), List.of(),
            upstream.apiVersion(), clock.instant(), settings.raw()));
      }
    }
    MockState.Recognition recognition = new MockState.Recognition(answer.code() == 0 ? answer.plain() : Map.of(), true,
        answer.code() == 0 ? null : answer.code());
    return new Forwarded(recognition, answer.requestKey(), sha);
  }

  @Override
  public void linkRequestKey(String mockRequestKey, Forwarded scan) {
    if (scan.upstreamRequestKey() != null) {
      links.put(mockRequestKey, new RequestKeyLinks.Link(scan.upstreamRequestKey(), scan.sha256()));
    }
  }

  @Override
  public Verdict authenticity(String mockRequestKey, Map<String, String> plainFields) {
    RequestKeyLinks.Link link = links.get(mockRequestKey).orElse(null);
    if (link == null) {
      summary.answered(Operation.ID_CARD_AUTHENTICITY.pathSegment(), ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
      return new Verdict(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code(), false);
    }
    UpstreamClient.Result answer = call(() -> upstream.authenticity(link.upstreamRequestKey(), plainFields),
        Operation.ID_CARD_AUTHENTICITY);
    summary.answered(Operation.ID_CARD_AUTHENTICITY.pathSegment(), answer.code());
    Boolean verdict = answer.code() == 0 ? Boolean.TRUE.equals(answer.plain().get("isAuthenticity")) : null;
    if (answer.code() == 0) {
      links.spent(mockRequestKey);
    }
    if (ABOUT_THE_CARD.contains(answer.code())) {
      Recording before = recorded.get(link.sha256());
      if (before != null) {
        write(before.with(new Recording.Outcome(answer.code(), verdict, clock.instant())));
      }
    }
    return new Verdict(answer.code(), verdict != null && verdict);
  }

  private UpstreamClient.Result call(java.util.function.Supplier<UpstreamClient.Result> exchange, Operation operation) {
    try {
      return exchange.get();
    } catch (UpstreamException e) {
      // The message names the step and the exception type only, never a credential or a value.
      LOG.warn("recording: {} not forwarded: {}", operation.pathSegment(), e.getMessage());
      return new UpstreamClient.Result(ResultCode.API_TEMPORARILY_UNAVAILABLE.code(), Map.of(), null);
    }
  }

  private synchronized void write(Recording recording) {
    files.write(recording);
    recorded.put(recording.sha256(), recording);
  }

  /** How many answers were forwarded and recorded, by operation and code. */
  public String summary() {
    return summary.text(settings.to(), recorded.size());
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    upstream.close();
  }

  /**
   * The result with synthetic values, or empty when none keeps every check's outcome (rare: e.g.
   * two birth dates a century apart); such an answer is not recorded rather than recorded real.
   */
  private static Optional<Map<String, Object>> synthetic(Operation operation, Map<String, Object> plain) {
    try {
      return Optional.of(Synthesizer.substitute(operation.keyService(), plain));
    } catch (IllegalStateException noSubstitute) {
      LOG.warn("recording: a {} answer was not recorded: no synthetic values keep its checks' outcomes"
          + " (--record-raw would keep the real ones)", operation.pathSegment());
      return Optional.empty();
    }
  }
}

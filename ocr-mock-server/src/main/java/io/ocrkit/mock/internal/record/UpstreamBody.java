package io.ocrkit.mock.internal.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An upstream answer's body, collected up to a cap and abandoned on demand. The JDK client's
 * request timeout ends once the headers arrive, so a body read from its InputStream can be
 * dripped forever; collected here, the caller waits on a future it can stop waiting for. The
 * mock does not depend on the SDK, whose {@code CappedBody} does the same for its answers.
 */
final class UpstreamBody implements HttpResponse.BodySubscriber<byte[]> {

  /** The body passed the cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(int max) {
      super("the answer is over " + max + " bytes");
    }
  }

  private final int max;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  UpstreamBody(int max) {
    this.max = max;
  }

  /** Stops the download: the subscription is cancelled (now or when it comes) and the body fails. */
  synchronized void abandon() {
    body.completeExceptionally(new IOException("the answer was abandoned at the deadline"));
    if (subscription != null) {
      subscription.cancel();
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (body.isDone()) {
      s.cancel();
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      if (bytes.size() + (long) b.remaining() > max) {
        subscription.cancel();
        body.completeExceptionally(new TooLarge(max));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      bytes.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable error) {
    body.completeExceptionally(error);
  }

  @Override
  public synchronized void onComplete() {
    body.complete(bytes.toByteArray());
  }
}

package io.ocrkit.mock.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One app key's resident-card locks: {@link #WRONG_ISSUE_DATES_TO_LOCK} wrong issue dates lock a
 * card. Counts are kept for at most {@link #MAX_COUNTED_CARDS} cards, the oldest forgotten first,
 * so a flood of numbers cannot grow the heap without bound. Thread-safe.
 */
public final class CardLocks {

  public static final int WRONG_ISSUE_DATES_TO_LOCK = 5;
  public static final int MAX_COUNTED_CARDS = 10_000;

  private final Map<String, Integer> wrongIssueDates = new LinkedHashMap<>();

  public synchronized boolean locked(String residentNumber) {
    return wrongIssueDates.getOrDefault(residentNumber, 0) >= WRONG_ISSUE_DATES_TO_LOCK;
  }

  /** Counts a wrong issue date for this card; true once that locks it. */
  public synchronized boolean wrongIssueDate(String residentNumber) {
    if (!wrongIssueDates.containsKey(residentNumber) && wrongIssueDates.size() >= MAX_COUNTED_CARDS) {
      Iterator<String> oldest = wrongIssueDates.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return wrongIssueDates.merge(residentNumber, 1, Integer::sum) >= WRONG_ISSUE_DATES_TO_LOCK;
  }

  public synchronized void clear() {
    wrongIssueDates.clear();
  }
}

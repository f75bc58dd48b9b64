package io.ocrkit.core.validation;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.IdCardScan;
import java.util.List;

/**
 * Checks what the service read before anyone acts on it. A check never throws for a finding and
 * never puts the value it judged into a finding's message.
 */
public interface ResultValidator {

  /**
   * Checks a credit-card result.
   *
   * @param card the decrypted result, not null
   * @return the findings, empty when all is well; never null
   */
  List<Finding> check(CreditCard card);

  /**
   * Checks an ID-card result.
   *
   * @param scan the decrypted result, not null
   * @return the findings, empty when all is well; never null
   */
  List<Finding> check(IdCardScan scan);

  /**
   * A validator that finds nothing, for callers who check results themselves.
   *
   * @return a stateless validator that always answers an empty list
   */
  static ResultValidator none() {
    return new ResultValidator() {
      @Override
      public List<Finding> check(CreditCard card) {
        return List.of();
      }

      @Override
      public List<Finding> check(IdCardScan scan) {
        return List.of();
      }
    };
  }
}

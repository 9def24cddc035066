package io.github.debatestance.nlp.internal;

import java.util.List;
import java.util.Optional;

/**
 * The quotations of one text, ordered and apart, with fast look-ups by offset.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuotationIndex {

  private final String text;
  private final List<Quotation> quotations;

  public QuotationIndex(String text, List<Quotation> quotations) {
    this.text = text;
    this.quotations = List.copyOf(quotations);
  }

  public List<Quotation> quotations() {
    return quotations;
  }

  /** The quotation whose marks enclose the offset. */
  public Optional<Quotation> containing(int offset) {
    // Quotations are in order and apart, so only the last one to open by the offset can hold it.
    int i = countOpeningBy(offset);
    if (i == 0 || offset >= quotations.get(i - 1).end()) {
      return Optional.empty();
    }
    return Optional.of(quotations.get(i - 1));
  }

  /** Whether a quotation opens right after the offset, past white space only. */
  public boolean opensAfter(int offset) {
    int i = countOpeningBy(offset - 1);
    if (i == quotations.size()) {
      return false;
    }
    int open = quotations.get(i).open();
    return open >= offset && text.substring(offset, open).isBlank();
  }

  /** How many quotations open at or before the offset. */
  private int countOpeningBy(int offset) {
    int lo = 0;
    int hi = quotations.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotations.get(mid).open() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

package org.ortak.indicators;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A value's part along one dimension: 24 of 40 women trained were 25 to 34 years old. */
@Embeddable
public record ValuePart(@Enumerated(EnumType.STRING) Dimension dimension, String category, BigDecimal amount) {

}

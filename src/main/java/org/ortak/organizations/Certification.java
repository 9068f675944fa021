package org.ortak.organizations;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A certificate an organization holds, such as ISO 9001, and when it was issued.
 */
@Embeddable
public record Certification(String name, @Column(name = "issued_on") LocalDate issuedOn) {
}

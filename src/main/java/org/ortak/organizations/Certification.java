package org.ortak.organizations;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

import org.ortak.shared.search.SearchAnalysis;

/**
 * A certificate an organization holds, such as ISO 9001, and when it was issued. Its name
 * is searched with the organization's.
 */
@Embeddable
public record Certification(@FullTextField(analyzer = SearchAnalysis.FOLDED) String name,
		@Column(name = "issued_on") LocalDate issuedOn) {
}

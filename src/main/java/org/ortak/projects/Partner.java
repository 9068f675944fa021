package org.ortak.projects;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organization carrying out a project with its implementer, and its part in it. */
@Embeddable
public record Partner(@Column(name = "organization_id") UUID organizationId, String part) {

}

package org.ortak.people;

import java.util.UUID;

/**
 * A person's data was erased on request; the anonymous record stays.
 */
public record PersonErased(UUID personId) {

}

/**
 * The register of organizations: kinds, status and its history, certifications, members
 * and employees, and the multilingual search over them. Organizations are placed in a
 * region of the {@code regions} module, referred to by its public id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package org.ortak.organizations;

/**
 * An event's photo gallery: uploads checked and cleaned, kept in the file storage, shown
 * only with the consent of everyone they show.
 */
@org.springframework.modulith.NamedInterface("photos")
package org.ortak.events.photos;
